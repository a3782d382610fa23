module example.org/broken

require (
	github.com/pkg/errors
)
