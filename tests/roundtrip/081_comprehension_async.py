async def f(aiter, coro):
    a = [x async for x in aiter]
    b = {x: await coro for x in range(2)}
    c = [y for x in range(2) async for y in aiter]
    d = (x async for x in aiter if x)
    e = {x async for x in aiter}
    return a, b, c, d, e
