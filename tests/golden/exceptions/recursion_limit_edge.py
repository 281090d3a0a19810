class A:
    def __init__(self, n):
        self.child = A(n + 1) if n < 2000 else None
try:
    A(0)
except RecursionError as e:
    print(e)
def g(n):
    if n == 0:
        return ValueError("x")
    return g(n - 1)
def h(n):
    try:
        return g(n)
    except RecursionError as e:
        return e
for n in (996, 997, 998, 999):
    print(n, repr(h(n)))
