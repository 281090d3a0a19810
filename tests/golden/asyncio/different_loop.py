# Futures belong to one loop: ensure_future and awaiting across loops are refused.
import asyncio

other = asyncio.new_event_loop()
foreign = other.create_future()

async def main():
    loop = asyncio.get_running_loop()
    try:
        asyncio.ensure_future(foreign, loop=loop)
    except ValueError as e:
        print(e)
    try:
        await foreign
    except RuntimeError as e:
        print(str(e).split(" got ")[1].split(" attached")[0] == repr(foreign))
        print("attached to a different loop" in str(e))

asyncio.run(main())
other.close()
