# print(await x): the awaited value is printed when the coroutine resumes

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

async def inner():
    return await Suspend("inner suspends", "inner result")
async def main():
    print(await inner())
    print("and", await Suspend("direct", "direct result"))
run(main())
