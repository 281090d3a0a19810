# a coroutine that is never awaited warns once per location when it is deallocated

async def co():
    return 1
def make():
    co()
make()
make()
c = co()
del c
print("end")
