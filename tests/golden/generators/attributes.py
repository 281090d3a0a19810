# gi_frame, gi_running, gi_code, gi_yieldfrom, __name__, __qualname__ and repr of generators
def sub():
    yield "s"
def g():
    print("running inside:", it.gi_running)
    yield 1
    yield from sub()
class K:
    def method(self):
        yield 0
it = g()
print(type(it).__name__, it.__name__, it.__qualname__, it.gi_code.co_name)
print(it.gi_running, it.gi_frame is not None, it.gi_yieldfrom)
print(repr(it).startswith("<generator object g at 0x"))
next(it)
print(it.gi_yieldfrom)
next(it)
print(type(it.gi_yieldfrom).__name__, it.gi_yieldfrom.__name__)
list(it)
print(it.gi_frame, it.gi_yieldfrom, it.gi_running)
m = K().method()
print(m.__name__, m.__qualname__, repr(m).split(" at ")[0])
it.__name__ = "renamed"
print(it.__name__, repr(it).split(" at ")[0])
