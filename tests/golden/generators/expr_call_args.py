# yield among positional call arguments: arguments before it are evaluated once, those after it on resume
def trace(v):
    print("eval", v)
    return v
def f(*args):
    print("f got", args)
    return sum(args)
def g():
    r = f(trace(1), (yield "first"), trace(3))
    print("r =", r)
    r = f((yield "a"), (yield "b"))
    print("r =", r)
it = g()
print(next(it))
print(it.send(2))
print(it.send(20))
try:
    it.send(30)
except StopIteration:
    print("stopped")
