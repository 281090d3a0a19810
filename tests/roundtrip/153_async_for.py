async def agen():
    yield 1


async def f():
    async for x in agen():
        print(x)
    async for x in agen():
        pass
    else:
        pass
    async for a, *b in agen():
        break
