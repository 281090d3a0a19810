# yield inside and/or: short-circuiting decides which yields run
def g():
    print("and:", (yield "a1") and (yield "a2"))
    print("and:", (yield "b1") and (yield "b2"))
    print("or:", (yield "c1") or (yield "c2") or "default")
    print("mixed:", 1 and (yield "d") or 0)
it = g()
print(next(it))
print(it.send(1))
print(it.send(2))
print(it.send(0))
print(it.send(""))
print(it.send(None))
try:
    it.send("z")
except StopIteration:
    print("done")
