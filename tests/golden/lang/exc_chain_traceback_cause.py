def inner():
    raise KeyError("missing")

def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("lookup failed") from e

outer()
