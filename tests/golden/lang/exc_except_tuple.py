def trigger(kind):
    if kind == "key":
        return {}["x"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return 1 + "s"
    if kind == "zero":
        return 1 / 0
    return "fine"

for kind in ["key", "index", "type", "zero", "none"]:
    try:
        print(trigger(kind))
    except (KeyError, IndexError) as e:
        print("lookup:", type(e).__name__, e)
    except (TypeError,) as e:
        print("type:", e)
    except (ArithmeticError, ValueError):
        print("arith")
ERRS = (KeyError, TypeError)
try:
    {}[0]
except ERRS as e:
    print("via name", repr(e))
try:
    try:
        raise ValueError("v")
    except (ValueError, 5):
        print("tuple with non-class still matches first")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise KeyError
except Exception:
    print("bare class caught by Exception")
try:
    raise ValueError
except:
    print("bare except")
