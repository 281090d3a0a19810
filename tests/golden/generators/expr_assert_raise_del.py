# yield inside assert, raise and del statements
def g():
    assert (yield "test"), "unused"
    try:
        assert (yield "test2"), (yield "msg")
    except AssertionError as e:
        print("AssertionError", e)
    try:
        raise (yield "exc")
    except ValueError as e:
        print("caught", repr(e))
    try:
        raise KeyError("k") from (yield "cause")
    except KeyError as e:
        print("cause", repr(e.__cause__))
    d = {"a": 1, "b": 2}
    del d[(yield "del")]
    print(d)
it = g()
print(next(it))
for v in [1, 0, "message", ValueError("v"), TypeError("t"), "a"]:
    try:
        print(it.send(v))
    except StopIteration:
        print("done")
