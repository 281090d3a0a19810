# a coroutine freed while suspended inside async with: __aexit__ is called with GeneratorExit

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
    async def __aenter__(self):
        return self
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__)
        return False
async def main():
    async with CM():
        await Suspend("inside")
c = main()
print(c.send(None))
print("dropping")
del c
print("dropped")
