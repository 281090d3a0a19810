# yield from inside an async function is a syntax error
async def f():
    yield from [1, 2]
