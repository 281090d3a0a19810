def convert(text):
    raise ValueError("cannot convert " + text) from KeyError("lookup of " + text)


try:
    convert("a")
except ValueError as e:
    print("cause:", repr(e.__cause__), e.__cause__.__traceback__)
raise RuntimeError from TypeError
