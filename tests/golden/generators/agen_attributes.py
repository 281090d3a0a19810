# async generator type, repr, ag_frame, ag_running, ag_code, ag_await and the awaitables' types

class Suspend:
    """Suspends the awaiting coroutine once, yielding `label` to the driver."""
    def __init__(self, label, result=None):
        self.label = label
        self.result = result
    def __await__(self):
        yield self.label
        return self.result

async def agen():
    await Suspend("a")
    yield 1
g = agen()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_code.co_name)
print(repr(g).startswith("<async_generator object agen at 0x"))
print(g.ag_running, g.ag_frame is not None, g.ag_await)
print(type(g.__anext__()).__name__, type(g.asend(None)).__name__, type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
print(g.__aiter__() is g)
aw = g.__anext__()
print(aw.send(None))
print(type(g.ag_await).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded through StopIteration:", e.value)
