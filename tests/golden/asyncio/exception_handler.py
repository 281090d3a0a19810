# set_exception_handler receives the context of callback errors and lost task exceptions.
import asyncio

def handler(loop, context):
    print("handler:", sorted(context))
    print("  message:", context["message"])
    print("  exception:", repr(context.get("exception")))

def boom(x):
    raise ValueError(x)

loop = asyncio.new_event_loop()
print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(boom, 1)
loop.call_soon(loop.stop)
loop.run_forever()

async def fails():
    raise RuntimeError("oops")

t = loop.create_task(fails())
loop.call_soon(loop.stop)
loop.run_forever()
del t
try:
    loop.set_exception_handler(5)
except TypeError as e:
    print(e)
loop.set_exception_handler(None)
loop.close()
