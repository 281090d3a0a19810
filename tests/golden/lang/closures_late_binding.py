fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print([f() for f in fs])

fs = []
for i in range(3):
    def f(i=i):
        return i
    fs.append(f)
print([f() for f in fs])

lams = [lambda: j for j in range(4)]
print([l() for l in lams])
lams = [lambda j=j: j * 10 for j in range(4)]
print([l() for l in lams])

def make():
    out = []
    for k in "abc":
        out.append(lambda: k)
    k = "z"
    return out
print([f() for f in make()])

def factory(n):
    return lambda: n
print([factory(n)() for n in range(3)])
