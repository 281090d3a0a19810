# breaking out of async for over an async generator leaves it suspended until its last reference goes

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
        for i in range(5):
            yield i
    finally:
        print("agen finally")
async def main():
    g = agen()
    async for v in g:
        if v == 1:
            break
        print(v)
    print("after loop")
    g = None
    print("end main")
run(main())
