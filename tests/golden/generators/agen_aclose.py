# aclose runs the async generator's finally blocks; awaiting inside them passes through

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
    try:
        yield 1
        yield 2
    finally:
        print("cleanup starts")
        await Suspend("awaiting in finally")
        print("cleanup ends")
async def main():
    g = agen()
    print(await g.__anext__())
    await g.aclose()
    print("closed")
    await g.aclose()
    print("second aclose is a no-op")
run(main())
