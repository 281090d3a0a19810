# an asend awaitable cannot be awaited twice; athrow on a finished generator ends at once

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

async def agen():
    yield 1
    yield 2
async def main():
    g = agen()
    aw = g.__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)
    async for _ in g:
        pass
    try:
        await g.athrow(ValueError)
    except StopIteration:
        print("StopIteration")
    except StopAsyncIteration:
        print("StopAsyncIteration")
    else:
        print("athrow on finished generator returned")
run(main())
