# A task awaiting itself gets RuntimeError('Task cannot await on itself: ...').
import asyncio

async def selfish():
    t = asyncio.current_task()
    try:
        await t
    except RuntimeError as e:
        print(str(e).split(":")[0])
    return "ok"

async def main():
    r = await asyncio.create_task(selfish())
    print(r)

asyncio.run(main())
