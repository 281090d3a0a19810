# coroutine objects: send, throw and close, and the values they return

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
    try:
        x = await Suspend("first")
        print("resumed")
        await Suspend("second")
    except ValueError as e:
        print("caught", e)
        await Suspend("after catch")
    finally:
        print("finally")
    return "done"
c = co()
print(c.send(None))
print(c.send(None))
print(c.throw(ValueError("v")))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
c2 = co()
c2.send(None)
print(c2.close())
