# the builtins aiter and anext: async iterators, anext's default when the iteration ends, and CPython's type errors
import asyncio
async def g():
    yield 1
    await asyncio.sleep(0)
    yield 2
class AI:
    def __aiter__(self): return 5
class NoNext:
    def __aiter__(self): return self
async def main():
    it = aiter(g())
    print(type(it).__name__, await anext(it), await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    aw = anext(g(), None)
    print(type(aw).__name__)
    print(await aw)
    for bad in [lambda: aiter(1), lambda: aiter(AI()), lambda: aiter(NoNext()), lambda: anext(1), lambda: anext(), lambda: anext(1, 2, 3), lambda: aiter(), lambda: aiter(1, 2), lambda: anext(NoNext())]:
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    h = g()
    print(await anext(h, 0))
    a = anext(h, "d")
    print(a.send(None))
    try:
        a.send(None)
    except StopIteration as e:
        print("stop", e.value)
    print(await anext(h, "d"), await anext(h, "d"))
asyncio.run(main())
