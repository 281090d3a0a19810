class ACM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return False


async def f():
    async with ACM():
        pass
    async with ACM() as a, ACM() as b:
        pass
