# Growth: the table resizes when fill*5 >= mask*3, to the smallest power of two above
# used*4; entries move in old slot order.
s = set()
for k in [7, 15, 23, 31, 39, 47, 55, 63, 71, 79, 87, 95]:
    s.add(k)
    print(len(s), s)
t = set()
for k in range(0, 300, 37):
    t.add(k)
print(t)
print(set(range(50, 0, -3)))
u = {1, 17, 33, 2, 3}
print(u)
a = [1, 17, 33, 2, 3]
print(set(a), {*a}, {a[0], a[1], a[2], a[3], a[4]})
print({100, 36, 68, 4, 132, 164})
big = set(range(1000, 0, -7))
print(len(big), list(big)[:20])
