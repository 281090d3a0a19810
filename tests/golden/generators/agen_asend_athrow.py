# async generator asend and athrow return awaitables that resume the generator

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
    while True:
        try:
            v = yield "ready"
            print("received", v)
        except ValueError as e:
            print("caught", e)
            yield "after error"
async def main():
    g = agen()
    print(await g.asend(None))
    print(await g.asend("x"))
    print(await g.athrow(ValueError("bad")))
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
run(main())
