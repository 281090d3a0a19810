# a coroutine freed while suspended inside an expression releases the operands it holds

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

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f(*args):
    return args
async def main():
    try:
        f(D("held1"), D("held2"), await Suspend("suspended"))
    finally:
        print("finally")
c = main()
print(c.send(None))
print("dropping")
del c
print("dropped")
