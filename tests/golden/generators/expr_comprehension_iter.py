# yield as the first iterable of comprehensions and generator expressions in a generator
def g():
    print([x * 2 for x in (yield "list")])
    print({k: v for k, v in (yield "dict")})
    gen = (c.upper() for c in (yield "genexp"))
    print(list(gen))
    print(sum(x for x in (yield "sum") if x > 1))
it = g()
print(next(it))
print(it.send([1, 2]))
print(it.send([("a", 1)]))
print(it.send("ab"))
try:
    it.send([1, 2, 3])
except StopIteration:
    print("done")
