# Cancelling a task while it waits in sleep(0): CancelledError is raised at the await, the
# coroutine can handle it and go on, and objects in its frame die when it returns.
import asyncio


class Token:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


async def spinner(name, swallow):
    token = Token(name) if swallow else None
    n = 0
    while True:
        try:
            await asyncio.sleep(0)
            n += 1
        except asyncio.CancelledError:
            print(name, "cancelled after", n, "turns")
            if not swallow:
                raise
            break
    await asyncio.sleep(0)
    print(name, "finished", token.name)
    return n


async def main():
    a = asyncio.create_task(spinner("a", False))
    b = asyncio.create_task(spinner("b", True))
    for _ in range(3):
        await asyncio.sleep(0)
    print(a.cancel(), b.cancel())
    results = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(a.cancelled(), b.cancelled(), b.result())


asyncio.run(main())
print("done")
