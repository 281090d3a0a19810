# invalid syntax, perhaps a missing comma
values = [1, 2 3, 4]
