module example.com/fixture

go 1.22

require example.com/shared v1.2.0

replace example.com/shared => example.com/shared-fork v1.2.1
