module example.org/inventory

go 1.21

toolchain go1.21.5

require (
	github.com/google/uuid v1.5.0
	github.com/gorilla/mux v1.8.1
	golang.org/x/sync v0.5.0 // indirect
)

require github.com/BurntSushi/toml v1.3.2 // indirect

replace github.com/gorilla/mux => github.com/gorilla/mux v1.8.0

replace example.org/inventory/internal/legacy => ./legacy
