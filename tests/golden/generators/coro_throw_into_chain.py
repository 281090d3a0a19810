# throw into a coroutine chain reaches the innermost await and unwinds through each frame

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
    try:
        await Suspend("inner")
    finally:
        print("inner finally")
async def outer():
    try:
        await inner()
    except KeyError as e:
        print("outer caught", repr(e))
        return "recovered"
c = outer()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)
