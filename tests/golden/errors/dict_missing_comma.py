# invalid syntax: missing comma between dict items
d = {"a": 1 "b": 2}
