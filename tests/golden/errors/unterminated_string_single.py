# unterminated single-quoted string literal
name = 'world'
msg = 'hello, + name
print(msg)
