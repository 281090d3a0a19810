# contextlib.asynccontextmanager and aclosing: normal exit, an exception thrown into the generator, a suppressed one, a generator that does not stop, and one abandoned after __aenter__ that the loop's finalizer hook closes on a later turn
import asyncio
import contextlib

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

@contextlib.asynccontextmanager
async def managed(name, suppress=False):
    r = Res(name)
    print("enter", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("managed saw", repr(e))
        if not suppress:
            raise
    finally:
        print("exit", name)

@contextlib.asynccontextmanager
async def twice():
    yield 1
    yield 2

@contextlib.asynccontextmanager
async def never():
    if False:
        yield

async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers closed")

async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    print(managed.__name__, managed.__qualname__)
    async with managed("a") as v:
        print("body", v)
    try:
        async with managed("b"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    async with managed("c", suppress=True):
        raise ValueError("swallowed")
    print("after suppressed")
    try:
        async with twice():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with never():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with contextlib.aclosing(numbers()) as g:
        async for n in g:
            if n == 2:
                break
            print("n", n)
    print("after aclosing")
    t = asyncio.create_task(ticker())
    cm = managed("abandoned")
    print("entered", await cm.__aenter__())
    del cm
    print("dropped the manager")
    await t
    print("main end")

asyncio.run(main())
print("end")
