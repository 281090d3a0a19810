class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print("hash", self.n)
        return self.n % 4
    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n
    def __repr__(self):
        return f"K{self.n}"

print({K(i) for i in [1, 5, 1, 9]})
print({x * y for x in range(4) for y in range(4)})
print({(x, y) for x in range(3) for y in range(x)})
print({x % 7 for x in range(100) if x % 2})
try:
    {[x] for x in range(3)}
except TypeError as e:
    print(e)
x = "outer"
print({x for x in (1, 2)}, x)
