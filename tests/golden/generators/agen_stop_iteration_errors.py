# StopIteration and StopAsyncIteration raised inside an async generator become RuntimeError

class Suspend:
    """Suspends the awaiting coroutine once, yielding `label` to the driver."""
    def __init__(self, label, result=None):
        self.label = label
        self.result = result
    def __await__(self):
        yield self.label
        return self.result

def run(coro):
    """Drives a coroutine by hand: what it yields is printed, None is sent back."""
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  loop got", yielded)
        value = None

async def raises(exc):
    yield 1
    raise exc
async def main():
    for exc in [StopIteration("s"), StopAsyncIteration("a")]:
        g = raises(exc)
        await g.__anext__()
        try:
            await g.__anext__()
        except RuntimeError as e:
            print("RuntimeError:", e, "| cause:", repr(e.__cause__))
run(main())
