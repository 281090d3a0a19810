# awaiting objects whose __await__ delegates with yield from to a generator

class Suspend:
    """Suspends the awaiting coroutine once, yielding `label` to the driver."""
    def __init__(self, label, result=None):
        self.label = label
        self.result = result
    def __await__(self):
        yield self.label
        return self.result

def gen_based():
    got = yield "from generator"
    return f"generator got {got}"
class Wrapper:
    def __await__(self):
        return (yield from gen_based())
async def main():
    print(await Wrapper())
c = main()
print(c.send(None))
try:
    c.send("hello")
except StopIteration:
    print("done")
