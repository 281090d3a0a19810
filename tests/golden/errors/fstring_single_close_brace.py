# f-string: single '}' is not allowed
x = 1
s = f"value }"
