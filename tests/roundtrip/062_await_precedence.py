async def f(x):
    a = await x
    b = -await x
    c = (await x) ** 2
    d = await x ** 2
    e = await x.y
    g = await x()
    h = [await x for _ in ()]
    return await (x + 1)
