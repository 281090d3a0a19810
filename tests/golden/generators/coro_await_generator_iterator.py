# __await__ written as a generator, and awaiting objects whose __await__ returns an iterator

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

class Fut:
    def __init__(self):
        self.result = None
    def __await__(self):
        while self.result is None:
            yield self
        return self.result
class ListAwait:
    def __await__(self):
        return iter(["a", "b"])
async def main():
    f = Fut()
    def later():
        f.result = "resolved"
    waiter = f.__await__()
    print(next(waiter) is f)
    later()
    try:
        next(waiter)
    except StopIteration as e:
        print("value", e.value)
    print(await ListAwait())
run(main())
