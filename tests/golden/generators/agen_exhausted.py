# an exhausted async generator raises StopAsyncIteration; its return ends iteration

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
    yield "only"
async def main():
    g = agen()
    print(await g.__anext__())
    for _ in range(2):
        try:
            await g.__anext__()
        except StopAsyncIteration as e:
            print("StopAsyncIteration", e.args)
run(main())
