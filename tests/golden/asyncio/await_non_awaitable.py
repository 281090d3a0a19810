# Awaiting something that is not awaitable fails inside the task with TypeError.
import asyncio

class NotAwaitable:
    pass

async def main():
    for value in [5, "text", None, NotAwaitable()]:
        try:
            await value
        except TypeError as e:
            print(e)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print(e)
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print(e)

asyncio.run(main())
