# invalid syntax: two numbers side by side
x = 1 2
