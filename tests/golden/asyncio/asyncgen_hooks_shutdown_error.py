# an exception raised while shutdown_asyncgens closes an async generator goes to the loop's exception handler with CPython's message
import asyncio

async def bad():
    try:
        yield 1
    finally:
        raise ValueError("boom in finally")

async def ignores():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")

keep = []

async def main(f):
    g = f()
    keep.append(g)
    print(await g.__anext__())

asyncio.run(main(bad))
print("first run done")
asyncio.run(main(ignores))
print("second run done")
