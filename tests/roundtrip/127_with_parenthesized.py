import contextlib
with (contextlib.suppress(ValueError)):
    pass
with (contextlib.suppress(ValueError), contextlib.suppress(KeyError)):
    pass
with (
    contextlib.suppress(ValueError),
    contextlib.suppress(TypeError),
):
    pass
with (contextlib.suppress(ValueError)) as s, contextlib.suppress(KeyError):
    pass
