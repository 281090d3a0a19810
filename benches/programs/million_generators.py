# Memory per suspended generator: keep 1 000 000 suspended generators, each holding two
# locals, in a list; run with peak RSS measurement.


def holder(a):
    b = a + 1
    yield a + b


gens = []
for i in range(1_000_000):
    g = holder(i)
    next(g)
    gens.append(g)
print(len(gens))
