# async for errors: no __aiter__, __aiter__ result without __anext__, __anext__ returning a non-awaitable

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

class NoAnext:
    def __aiter__(self):
        return 5
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7
async def main():
    for obj in [[1, 2], NoAnext(), BadAnext()]:
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)
run(main())
