# unterminated string inside an f-string
x = 1
print(f"value {x}
