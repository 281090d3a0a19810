def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError("no such key: " + key) from None


try:
    lookup({}, "x")
except LookupError as e:
    print("caught", e, e.__cause__, e.__suppress_context__)
lookup({}, "y")
