# An awaitable that yields something other than a future makes the task fail.
import asyncio

class Weird:
    def __await__(self):
        yield 5

class Plain:
    def __await__(self):
        yield
        return "plain"

async def main():
    r = await Plain()
    print(r)
    try:
        await Weird()
    except RuntimeError as e:
        print(e)
    t = asyncio.current_task()
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print(e)

asyncio.run(main())
