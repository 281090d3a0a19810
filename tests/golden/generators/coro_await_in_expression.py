# await inside expressions: call arguments, operators, f-strings, subscripts and return

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

async def value(v):
    await Suspend(f"computing {v}")
    return v
async def main():
    print(await value(1) + await value(2))
    print(max(await value(3), await value(4), key=lambda x: -x))
    print(f"{await value('f')}-{await value('s')!r}")
    data = {"k": [10, 20]}
    print(data[await value("k")][await value(1)])
    return [await value("r1"), await value("r2")]
print(run(main()))
