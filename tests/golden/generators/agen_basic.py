# an async generator iterated with async for; awaits inside it pass through to the driver

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

async def agen(n):
    for i in range(n):
        await Suspend(f"before {i}")
        yield i
    print("agen finished")
async def main():
    async for v in agen(3):
        print("got", v)
    print([v async for v in agen(0)] if False else "skip")
run(main())
