# async with on objects without __aenter__/__aexit__, and __aenter__ returning a non-awaitable

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

class Sync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
class OnlyEnter:
    async def __aenter__(self):
        return self
class BadEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2
async def main():
    for obj in [Sync(), OnlyEnter(), BadEnter(), 5]:
        try:
            async with obj:
                print("not reached")
        except TypeError as e:
            print("TypeError:", e)
run(main())
