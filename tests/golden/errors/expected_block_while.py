# expected an indented block after 'while'
n = 3
while n:
n -= 1
