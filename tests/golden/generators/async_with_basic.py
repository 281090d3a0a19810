# async with calls and awaits __aenter__ and __aexit__, binding the target

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
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Suspend(f"enter {self.name}")
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        await Suspend(f"exit {self.name}")
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress
async def main():
    async with CM("a") as a, CM("b") as b:
        print("body", a, b)
    async with CM("s", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with CM("p"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    async with CM("r"):
        return "returned from with"
print(run(main()))
