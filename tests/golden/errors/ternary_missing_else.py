# expected 'else' after 'if' expression
a = 1
b = True
x = a if b
