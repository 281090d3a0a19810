a = [(x, x) for x in range(2)]
b = {(x, 1) for x in range(2)}
c = [(yield_ := x) for x in range(2)]
