# async for over an object with __aiter__ and __anext__, with else and break

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

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("aiter")
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Suspend(f"anext {self.i}")
        return self.i
async def main():
    async for x in Counter(3):
        print("item", x)
    else:
        print("else runs")
    async for x in Counter(5):
        if x == 2:
            break
        print("item", x)
    else:
        print("not printed")
run(main())
