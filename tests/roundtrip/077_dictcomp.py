a = {x: x * x for x in range(4)}
b = {k: v for k, v in [('a', 1)] if v}
c = {str(i): [j for j in range(i)] for i in range(3)}
