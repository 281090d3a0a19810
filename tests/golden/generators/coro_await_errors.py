# await on objects that are not awaitable, __await__ returning a non-iterator, and reusing an awaited coroutine

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

class BadAwait:
    def __await__(self):
        return 42
async def done():
    return 1
async def main():
    for v in [5, "text", None]:
        try:
            await v
        except TypeError as e:
            print("TypeError:", e)
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    c = done()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
run(main())
