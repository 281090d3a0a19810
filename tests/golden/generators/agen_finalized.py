# an async generator freed while suspended is closed at once when no finalizer hook is installed

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
    finally:
        print("agen finally")
async def main():
    g = agen()
    print(await g.__anext__())
    print("dropping")
    del g
    print("dropped")
run(main())
