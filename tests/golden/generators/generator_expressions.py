# Generator expressions: lazy, their own scope, items die as the consumer drops them.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
print(sum(x * x for x in range(5)))
g = (D(i) for i in range(3) if i != 1)
print(g)
for d in g:
    print("got", d.n)
print(list((a, b) for a in range(3) for b in "xy" if a != b))
def f():
    return (y for y in [1, 2])
print(list(f()))
g2 = (D(i) for i in range(10))
first = next(g2)
del first
del g2
print("end")
