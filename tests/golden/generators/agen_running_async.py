# an async generator counts as running while one of its awaitables is suspended at an await inside it (ag_running): other awaitables are refused with CPython's messages
class Later:
    def __await__(self):
        yield "later"

async def agen():
    try:
        while True:
            try:
                yield 1
                await Later()
                yield 2
            except ValueError as e:
                print("  agen caught", repr(e))
                await Later()
                yield "after ValueError"
    finally:
        print("  finally begins")
        await Later()
        print("  finally resumed")

def attempt(label, aw, how="send"):
    try:
        if how == "send":
            r = aw.send(None)
        else:
            r = aw.throw(ValueError("thrown"))
        print(label, "->", r)
    except StopIteration as e:
        print(label, "-> StopIteration", e.value)
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

def others(g):
    attempt("  anext", g.__anext__())
    attempt("  asend", g.asend(None))
    attempt("  athrow", g.athrow(ValueError("x")))
    attempt("  aclose", g.aclose())
    attempt("  anext.throw", g.__anext__(), "throw")
    attempt("  athrow.throw", g.athrow(ValueError("y")), "throw")
    attempt("  aclose.throw", g.aclose(), "throw")
    print("  ag_running:", g.ag_running)

g = agen()
print("ag_running at start:", g.ag_running)
attempt("first", g.__anext__())
print("ag_running after a yield:", g.ag_running)
a = g.__anext__()
attempt("second (awaits)", a)
print("ag_running while awaiting:", g.ag_running)
others(g)
attempt("second resumed", a)
print("ag_running:", g.ag_running)
a2 = g.__anext__()
attempt("third", a2)
b = g.athrow(ValueError("in athrow"))
attempt("athrow awaits", b)
others(g)
attempt("athrow resumed", b)
del a, a2, b
t = g.__anext__()
attempt("throw into anext while it awaits", t)
attempt("  its throw", t, "throw")
attempt("  again", t)
print("ag_running:", g.ag_running)
c = g.aclose()
attempt("aclose awaits", c)
others(g)
attempt("aclose resumed", c)
print("ag_running:", g.ag_running, "frame:", g.ag_frame)
attempt("after close anext", g.__anext__())
attempt("after close athrow", g.athrow(ValueError("z")))
attempt("after close aclose", g.aclose())

print("an awaitable refused because the generator runs stays usable")
async def waits():
    while True:
        await Later()
        yield "value"
w = waits()
first = w.__anext__()
attempt("first", first)
second = w.__anext__()
attempt("second", second)
attempt("second again", second)
athrow = w.athrow(ValueError("refused"))
attempt("athrow", athrow)
attempt("athrow again", athrow)
attempt("first resumed", first)
attempt("second now", second)
print("ag_running:", w.ag_running)
attempt("second resumed", second)
t = w.athrow(ValueError("v"))
try:
    t.send(1)
except RuntimeError as e:
    print("athrow first send non-None ->", e)
attempt("then send None", t)
print("ag_running:", w.ag_running)
