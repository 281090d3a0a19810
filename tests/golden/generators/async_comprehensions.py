# asynchronous comprehensions: async for and await in list, set and dict comprehensions, nested levels and conditions
class S:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield f"s{self.v}"
        return self.v
async def agen(n):
    for i in range(n):
        await S(100 + i)
        yield i
async def main():
    print({k: await S(k * 10) async for k in agen(2)})
    print({x async for x in agen(3) if await S(x) != 1})
    print([(a, b) async for a in agen(2) for b in [await S(7)]])
    print([y for x in [1, 2] async for y in agen(x)])
    return [x * 2 for x in await S([1, 2])]
c = main()
try:
    while True:
        print(c.send(None))
except StopIteration as e:
    print("result", e.value)
