# return await, and await of an expression that is itself awaited

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

async def make(v):
    await Suspend("make")
    return v
async def get_coro():
    return make("inner value")
async def main():
    c = await get_coro()
    return await c
print(run(main()))
