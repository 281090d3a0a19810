async def f():
    pass


async def g(x, *a, k=1, **kw) -> int:
    return await f()


class C:
    async def m(self):
        return 1
