# A finished coroutine refuses send, throw and a second await; close() stays silent
async def value():
    return 2


async def main():
    x = value()
    print(await x)
    try:
        await x
    except RuntimeError as e:
        print("await again:", e)


m = main()
try:
    m.send(None)
except StopIteration:
    print("main done")
for step in ("send", "throw", "close", "send"):
    try:
        if step == "send":
            m.send(None)
        elif step == "throw":
            m.throw(KeyError("k"))
        else:
            print("close:", m.close())
    except RuntimeError as e:
        print(step, "->", e)

c = value()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("closed before start:", e)

c = value()
try:
    c.throw(ValueError("v"))
except ValueError as e:
    print("thrown out:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("after throw:", e)


def gen():
    yield 1


g = gen()
print(list(g), next(g, "exhausted"))
try:
    g.send(None)
except StopIteration:
    print("finished generator: StopIteration")
