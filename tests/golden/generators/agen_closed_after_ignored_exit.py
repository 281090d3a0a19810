# after an async generator ignored aclose()'s GeneratorExit it counts as closed: a new athrow() or aclose() ends at once with StopAsyncIteration, while __anext__ still resumes it
def run(label, aw):
    try:
        while True:
            print(label, "yielded", aw.send(None))
    except StopIteration as e:
        print(label, "-> StopIteration", e.value)
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

async def stubborn():
    n = 0
    while True:
        try:
            n += 1
            yield n
        except GeneratorExit:
            print("  ignoring GeneratorExit")

g = stubborn()
run("anext", g.__anext__())
run("aclose", g.aclose())
print("ag_running:", g.ag_running, "finished:", g.ag_frame is None)
run("athrow", g.athrow(ValueError("v")))
run("aclose again", g.aclose())
run("anext", g.__anext__())
run("anext", g.__anext__())
del g
print("end")
