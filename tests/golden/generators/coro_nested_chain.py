# a chain of coroutines awaiting each other: send reaches the innermost, values come back out

class Suspend:
    """Suspends the awaiting coroutine once, yielding `label` to the driver."""
    def __init__(self, label, result=None):
        self.label = label
        self.result = result
    def __await__(self):
        yield self.label
        return self.result

class Recv:
    def __await__(self):
        v = yield "waiting"
        return v
async def level3():
    a = await Recv()
    b = await Recv()
    return a + b
async def level2():
    return 10 * await level3()
async def level1():
    r = await level2()
    print("level1 got", r)
    return r
c = level1()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("result", e.value)
