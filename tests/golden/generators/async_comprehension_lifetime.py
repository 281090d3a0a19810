# a coroutine freed while suspended inside an asynchronous comprehension releases the partial result and the iterator
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class S:
    def __await__(self):
        yield "suspend"
        return 1
async def items():
    try:
        for i in range(3):
            yield D(f"item{i}")
            await S()
    finally:
        print("items finally")
async def main():
    return [x.name async for x in items()]
c = main()
print(c.send(None))
print("dropping")
del c
print("dropped")
