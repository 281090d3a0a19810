# a round-robin scheduler of coroutines driven by hand, without asyncio

class Suspend:
    """Suspends the awaiting coroutine once, yielding `label` to the driver."""
    def __init__(self, label, result=None):
        self.label = label
        self.result = result
    def __await__(self):
        yield self.label
        return self.result

class Yield:
    def __await__(self):
        yield
async def worker(name, n):
    for i in range(n):
        print(name, "step", i)
        await Yield()
    return name.upper()
tasks = [worker("a", 2), worker("b", 3), worker("c", 1)]
results = []
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
    except StopIteration as e:
        results.append(e.value)
    else:
        tasks.append(t)
print(results)
