data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
vals = iter([1, 2, 3, 0, 5])
while (v := next(vals)) != 0:
    print("value", v)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print(y)
def f():
    [last := c for c in "abc"]
    return last
print(f())
print((a := 10) + a)
total = 0
print([total := total + x for x in [1, 2, 3]], total)
def g():
    if (m := 5):
        pass
    return m
print(g())
