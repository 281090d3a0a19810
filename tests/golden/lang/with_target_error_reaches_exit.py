# an error while binding a with statement's target happens inside the statement: __exit__ sees it (and can swallow it), for plain and async with, in functions and generators
import asyncio


class CM:
    def __init__(self, swallow=False):
        self.swallow = swallow

    def __enter__(self):
        return 1

    def __exit__(self, typ, value, tb):
        print("exit got", typ.__name__ if typ else None, value)
        return self.swallow


try:
    with CM() as (a, b):
        print("not reached")
except TypeError as e:
    print("TypeError:", e)

with CM(swallow=True) as (a, b):
    print("not reached")
print("swallowed")


class Box:
    __slots__ = ()


try:
    with CM() as Box().attr:
        pass
except AttributeError as e:
    print("AttributeError:", e)


def gen():
    with CM() as [x, y]:
        yield "inside"
    yield "after"


try:
    print(next(gen()))
except TypeError as e:
    print("TypeError from generator:", e)


class ACM:
    async def __aenter__(self):
        return (1, 2, 3)

    async def __aexit__(self, typ, value, tb):
        print("aexit got", typ.__name__ if typ else None, value)
        return False


async def main():
    try:
        async with ACM() as (p, q):
            print("not reached")
    except ValueError as e:
        print("ValueError:", e)
    async with ACM() as (p, q, r):
        print("bound", p, q, r)


asyncio.run(main())
