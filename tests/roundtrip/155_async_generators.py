async def agen(n):
    for i in range(n):
        yield i
    yield


async def main():
    return [x async for x in agen(3) if x]
