# refpy: args --virtual-time
# Handle.cancel stops a scheduled callback; cancelled handles say so in their repr.
import asyncio

def hello(name):
    print("hello", name)

loop = asyncio.new_event_loop()
h1 = loop.call_soon(hello, "one")
h2 = loop.call_soon(hello, "two")
h3 = loop.call_later(0.01, hello, "three")
h4 = loop.call_later(0.02, hello, "four")
print(h1)
print(h1.cancelled())
h2.cancel()
h4.cancel()
h4.cancel()
print(h2, h2.cancelled())
print(h4.cancelled())
loop.call_later(0.05, loop.stop)
loop.run_forever()
loop.close()
