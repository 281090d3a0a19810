# refpy: args --virtual-time
# wait_for passes through the inner exception; cancelling the waiter cancels the inner task.
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise PermissionError("inner")

async def long():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("long cancelled")
        raise

async def waiter():
    try:
        await asyncio.wait_for(long(), 10)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise

async def main():
    try:
        await asyncio.wait_for(fails(), 1)
    except PermissionError as e:
        print("got", repr(e))
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    r = await asyncio.wait_for(f, 0)
    print(r)

asyncio.run(main())
