# refpy: args --virtual-time
# A task awaiting a failing task gets its exception; the traceback names both coroutines.
import asyncio

async def inner():
    await asyncio.sleep(0)
    raise ArithmeticError("inner failed")

async def outer():
    t = asyncio.create_task(inner())
    await t

async def main():
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    print(o.done(), repr(o.exception()))
    o2 = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    print("dropping o2")
    del o2
    print("dropped")

asyncio.run(main())
