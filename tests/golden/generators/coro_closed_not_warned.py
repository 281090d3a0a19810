# a closed, finished or started coroutine does not warn when it is deallocated

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

async def co():
    await Suspend("s")
c = co()
c.close()
del c
c = co()
c.send(None)
del c
c = co()
run(c)
del c
print("no warnings")
