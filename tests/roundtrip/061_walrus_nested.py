a = (b := (c := 3) + 1)
print(a, b, c)
d = [(e := i) for i in range(3)]
