# a suspended coroutine is closed when its last reference goes: GeneratorExit at its await

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

async def co(name):
    try:
        await Suspend(name)
    except GeneratorExit:
        print("GeneratorExit in", name)
        raise
    finally:
        print("finally", name)
c = co("a")
c.send(None)
print("dropping")
c = None
print("dropped")
