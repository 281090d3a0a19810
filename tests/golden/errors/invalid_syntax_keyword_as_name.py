# invalid syntax: keyword used as an assignment target
value = 3
class = value + 1
print(value)
