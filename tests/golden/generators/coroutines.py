# async def and await: coroutine objects, __await__, return values, the never-awaited warning.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

class Sleep:
    def __await__(self):
        got = yield "sleeping"
        return got

async def inner(x):
    d = D("inner_local")
    v = await Sleep()
    return x + v

async def outer():
    r = await inner(1)
    print("inner returned", r)
    return r * 2

c = outer()
print(c)
print(c.send(None))
try:
    c.send(41)
except StopIteration as e:
    print("done", e.value)

async def never():
    pass
n = never()
del n
print("after never")
try:
    next(outer())
except TypeError as e:
    print(e)
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)
