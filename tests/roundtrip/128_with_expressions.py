import contextlib
x = None
with contextlib.suppress(Exception) if x is None else x:
    pass
with (x or contextlib.suppress()) as y:
    pass
