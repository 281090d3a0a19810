# throwing something that is not an exception into a generator is a TypeError
def g():
    yield 1
    yield 2
it = g()
next(it)
for bad in [1, "text", int, object(), None]:
    try:
        it.throw(bad)
    except TypeError as e:
        print("TypeError:", e)
print(next(it))
it.throw(1)
