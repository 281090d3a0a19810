# refpy: stdout-status-only
# An exception handler that raises is reported as "Unhandled error in exception handler".
import asyncio

def handler(loop, context):
    print("handler called with", context["message"])
    raise RuntimeError("handler broke")

def bad():
    raise ValueError("callback broke")

loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
loop.call_soon(bad)
loop.call_soon(loop.stop)
loop.run_forever()
print("still alive")
loop.close()
