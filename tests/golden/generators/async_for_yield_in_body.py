# async for whose body awaits: suspension points inside the body and inside __anext__ alternate

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

class Ticker:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Suspend(f"in anext {self.i}")
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i
async def main():
    async for t in Ticker():
        await Suspend(f"in body {t}")
        print("tick", t)
    return "over"
print(run(main()))
