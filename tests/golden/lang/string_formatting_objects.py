class P:
    def __init__(self, x):
        self.x = x
    def __format__(self, spec):
        return "P<" + spec + ">" + str(self.x)
    def __repr__(self):
        return "P(%r)" % self.x
p = P(3)
print(f"{p}", f"{p:abc}", format(p, "zz"), "{0:spec}".format(p))
print(f"{p!r}", f"{p!s}")
w = 8
print(f"{'left':<{w}}|{'right':>{w}}|{3.14159:.2f}|{42:05d}")
print("%s and %d and %5.1f and %-4s|" % ("s", 7, 2.25, "ab"))
print("%(name)s is %(age)d" % {"name": "x", "age": 3})
name = "v"
print(f"{name=}", f"{1 + 1 = }")
