# send, throw, close, return values, yield from and PEP 479.
def counter(n):
    total = 0
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            total += got
        i += 1
    return total

g = counter(3)
print(next(g), g.send(10), g.send(20))
try:
    g.send(5)
except StopIteration as e:
    print("StopIteration", e.value)

def delegate():
    result = yield from counter(2)
    print("delegate got", result)
    yield "after"

d = delegate()
print(list(d))

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)

c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(c.throw(ValueError, "again"))
c.close()
print(c.gi_frame, c.gi_running)

def bad():
    yield 1
    raise StopIteration("oops")

try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def fresh():
    yield 1
f = fresh()
try:
    f.send(1)
except TypeError as e:
    print("TypeError", e)
print(repr(f).startswith("<generator object fresh at"))

def running():
    g.send(None)
    yield 1

def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs on close")
w = with_finally()
next(w)
w.close()
print("closed")
for x in counter(4):
    if x == 2:
        break
    print("loop", x)
