# refpy: args --virtual-time
# A coroutine's locals die when its task finishes, before the awaiting task resumes.
import asyncio

class Res:
    def __init__(self, n):
        self.n = n
        print("open", n)
    def __del__(self):
        print("close", self.n)

async def user(n):
    r = Res(n)
    await asyncio.sleep(0)
    print("using", n)
    return n

async def main():
    t = asyncio.create_task(user(1))
    v = await t
    print("main resumed with", v)
    v = await user(2)
    print("main resumed again with", v)

asyncio.run(main())
print("end")
