# next(g, default) returns the default when the generator ends, ignoring its return value
def g():
    yield 1
    return "ret"
it = g()
print(next(it, "d"))
print(next(it, "d"))
print(next(it, "d"))
def e():
    yield 1
    raise ValueError("boom")
it = e()
print(next(it, None))
try:
    next(it, None)
except ValueError as err:
    print("ValueError", err)
