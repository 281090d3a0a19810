# refpy: args --virtual-time
# Wrong arguments to asyncio's functions raise CPython's exceptions.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for label, make in [
        ("sleep str", lambda: asyncio.sleep("x")),
        ("gather int", lambda: asyncio.gather(5)),
        ("wait_for int", lambda: asyncio.wait_for(5, 1)),
        ("wait_for int no timeout", lambda: asyncio.wait_for(5, None)),
    ]:
        try:
            c = make()
            await c
        except Exception as e:
            print(label, "->", type(e).__name__, e)
    try:
        loop.call_later("a", print)
    except TypeError as e:
        print("call_later str ->", e)
    try:
        loop.create_task(5)
    except TypeError as e:
        print("create_task ->", e)
    f = loop.create_future()
    try:
        f.add_done_callback()
    except TypeError as e:
        print("add_done_callback ->", type(e).__name__)
    try:
        f.set_result()
    except TypeError as e:
        print("set_result ->", type(e).__name__)

asyncio.run(main())
