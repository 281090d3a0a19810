# Re-entering a running coroutine, generator or async generator: each kind's own message
async def co():
    try:
        c.send(None)
    except ValueError as e:
        print("send:", e)
    try:
        c.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    return 1


c = co()
try:
    c.send(None)
except StopIteration as e:
    print("finished with", e.value)


def g():
    try:
        next(gg)
    except ValueError as e:
        print("next:", e)
    yield 1


gg = g()
print(next(gg))


async def ag():
    try:
        await agg.__anext__()
    except RuntimeError as e:
        print("anext:", e)
    try:
        await agg.asend(None)
    except RuntimeError as e:
        print("asend:", e)
    yield 1


agg = ag()
try:
    agg.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)


async def self_await():
    await me


me = self_await()
try:
    me.send(None)
except ValueError as e:
    print(type(e).__name__, e)
me.close()
