# invalid syntax: attribute access with two dots
items = [1, 2]
items..append(3)
