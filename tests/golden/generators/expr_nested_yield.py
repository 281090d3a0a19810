# yield of a yield: the inner yield's sent value is what the outer one yields
def g():
    r = yield (yield "inner")
    print("r =", r)
    print((yield (yield (yield 0))))
it = g()
print(next(it))
print(it.send("a"))
print(it.send("b"))
print(it.send("c"))
print(it.send("d"))
try:
    it.send("e")
except StopIteration:
    print("done")
