# generator expression must be parenthesized
y = [1, 2]
f = print
f(x for x in y, 1)
