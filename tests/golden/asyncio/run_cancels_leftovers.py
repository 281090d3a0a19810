# refpy: args --virtual-time
# asyncio.run cancels tasks still pending when the main coroutine returns.
import asyncio

async def background():
    try:
        print("background started")
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("background cancelled at shutdown")
        raise
    finally:
        print("background finally")

async def main():
    global keep
    keep = asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns")
    return "result"

print(asyncio.run(main()))
print(keep.cancelled())
