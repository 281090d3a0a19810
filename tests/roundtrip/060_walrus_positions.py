data = [1, 2, 3]
res = [y for x in data if (y := x * 2) > 2]
f = print((z := 1), z)
if n := len(data):
    pass
t = (w := 1, 2)
e = data[(i := 0)]
