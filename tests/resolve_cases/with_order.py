def f():
    with a() as b, c(b) as d:
        e = d
async def g():
    async with h() as i:
        pass
