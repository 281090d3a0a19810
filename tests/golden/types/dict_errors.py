d = {"x": 1}
try:
    d["y"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    d[("a", 1)]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    d[""]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    d[1.5]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[None]
except LookupError as e:
    print(type(e).__name__, e)
try:
    d[[]] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {"a": 1}[{"b": 2}]
except TypeError as e:
    print(type(e).__name__, e)
d = {"k": "v"}
d.pop("q")
