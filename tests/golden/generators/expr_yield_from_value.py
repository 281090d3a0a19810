# yield from inside an expression: its return value joins the surrounding expression
def sub(n):
    got = yield f"sub{n}"
    return got * n
def g():
    total = 100 + (yield from sub(2)) + (yield from sub(3))
    print("total", total)
    print([(yield from sub(1)), "tail"])
it = g()
print(next(it))
print(it.send(5))
print(it.send(7))
try:
    it.send("q")
except StopIteration:
    print("done")
