-- Seed data: the first administrator.
INSERT INTO users (id, name, password_hash, role)
VALUES (1, 'admin', '21232f297a57a5a743894a0e4a801fc3', 'administrator'),
       (2, 'operator', 'x-not-a-default', 'user');
INSERT INTO accounts (login, password) VALUES ('ops', '@default(password123)');
