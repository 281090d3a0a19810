async def f(c):
    a = (await c) + (await c)
    b = [await c, await c]
    d = {await c: await c}
    e = f'{await c}'
    g = await c if c else None
    h = not await c
    return a, b, d, e, g, h
