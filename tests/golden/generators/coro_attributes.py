# coroutine attributes: cr_frame, cr_running, cr_await, cr_code, __name__, __qualname__ and repr

class Suspend:
    """Suspends the awaiting coroutine once, yielding `label` to the driver."""
    def __init__(self, label, result=None):
        self.label = label
        self.result = result
    def __await__(self):
        yield self.label
        return self.result

async def sub():
    await Suspend("sub")
async def co():
    print("running:", c.cr_running)
    await sub()
c = co()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name)
print(c.cr_running, c.cr_frame is not None, c.cr_await)
print(repr(c).startswith("<coroutine object co at 0x"))
c.send(None)
print(type(c.cr_await).__name__, c.cr_await.__name__)
try:
    c.send(None)
except StopIteration:
    print("finished")
print(c.cr_frame, c.cr_await, c.cr_running)
for name in ["gi_frame", "gi_running"]:
    try:
        getattr(c, name)
    except AttributeError as e:
        print("AttributeError:", e)
