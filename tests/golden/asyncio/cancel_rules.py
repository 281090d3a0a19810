# refpy: args --virtual-time
# cancel() on done tasks returns False; cancelling() counts requests; uncancel() undoes one.
import asyncio

async def quick():
    return 1

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        t = asyncio.current_task()
        print("cancelling count", t.cancelling())
        print("uncancel ->", t.uncancel())
        return "survived"

async def main():
    t = asyncio.create_task(quick())
    await t
    print(t.cancel(), t.cancelled())
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(s.cancel(), s.cancel("twice"), s.cancelling())
    r = await s
    print(r, s.cancelled(), s.cancelling())
    f = asyncio.get_running_loop().create_future()
    print(f.cancel("msg"), f.cancelled())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future:", e.args)

asyncio.run(main())
