# await in if, while, for, with and return headers of a coroutine

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

class CM:
    def __enter__(self):
        print("enter")
        return "cm"
    def __exit__(self, *a):
        print("exit")
async def value(v):
    await Suspend(f"value {v!r}")
    return v
async def main():
    if await value(True):
        print("if taken")
    n = 0
    while await value(n < 2):
        n += 1
    for x in await value([1, 2]):
        print("for", x)
    with await value(CM()) as c:
        print("with", c)
    return await value("ret")
print(run(main()))
