# asynchronous comprehension errors: a plain iterable after async for, and an exception from an awaited element
class S:
    def __await__(self):
        yield "suspend"
        return 1
async def fail(x):
    await S()
    raise ValueError(f"bad {x}")
async def main():
    plain = [1, 2]
    try:
        print([x async for x in plain])
    except TypeError as e:
        print("TypeError:", e)
    try:
        print([await fail(x) for x in range(3)])
    except ValueError as e:
        print("ValueError:", e)
    return [x async for x in plain]
c = main()
while True:
    print(c.send(None))
