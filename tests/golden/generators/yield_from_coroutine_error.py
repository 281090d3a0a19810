# yield from a coroutine object in a plain generator is a TypeError
async def co():
    return 1
def g():
    yield from c
c = co()
try:
    next(g())
except TypeError as e:
    print("TypeError", e)
c.close()
