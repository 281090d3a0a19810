# get_event_loop creates and keeps a loop; set_event_loop replaces it; new_event_loop makes fresh ones.
import asyncio

a = asyncio.get_event_loop()
b = asyncio.get_event_loop()
print(a is b, a.is_closed(), a.is_running())
print(a)
c = asyncio.new_event_loop()
print(c is a)
asyncio.set_event_loop(c)
print(asyncio.get_event_loop() is c)
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print(e)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
a.close()
c.close()
print(a, c.is_closed())
