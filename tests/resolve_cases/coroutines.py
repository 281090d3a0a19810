async def c():
    await x
async def agen():
    yield 1
async def comp(it):
    return [x async for x in it]
async def genexp(it):
    return (await x for x in it)
