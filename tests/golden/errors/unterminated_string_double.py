# unterminated double-quoted string literal
name = "world"
print("hello, " + name + "!)
