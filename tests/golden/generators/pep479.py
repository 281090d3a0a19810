# PEP 479: StopIteration escaping a generator becomes RuntimeError, with the cause kept
def g():
    yield 1
    raise StopIteration("inner")
it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)
def h():
    yield next(iter([]))
try:
    list(h())
except RuntimeError as e:
    print("RuntimeError:", e)
def k():
    yield 1
    next(iter([]))
for x in k():
    print(x)
