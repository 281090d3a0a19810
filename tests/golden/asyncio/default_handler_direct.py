# call_exception_handler and default_exception_handler with custom contexts.
import asyncio

loop = asyncio.new_event_loop()
loop.call_exception_handler({"message": "custom message", "zeta": 1, "alpha": [1, 2]})
loop.default_exception_handler({"other": "no message"})
try:
    raise KeyError("k")
except KeyError as e:
    loop.call_exception_handler({"message": "with exception", "exception": e})
seen = []
loop.set_exception_handler(lambda l, ctx: seen.append(sorted(ctx)))
loop.call_exception_handler({"message": "to custom", "x": 1})
print(seen)
loop.close()
