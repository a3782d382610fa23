-- The administrator's password is set at installation; 'admin' is only the user name.
INSERT INTO users (id, name, password_hash) VALUES (1, 'admin', 'set-at-install');
