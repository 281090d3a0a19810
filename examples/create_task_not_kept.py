# The same bug in today's asyncio: a task whose result is not kept can be collected mid-run.
# refpy: args --virtual-time
"""
The event loop keeps only weak references to tasks. `asyncio.create_task(...)`
without keeping the returned task leaves a waiting task referenced only by the
circle task -> coroutine -> future -> done callback -> task, and the next cycle
collection destroys it in the middle of its work ("Task was destroyed but it
is pending!" on stderr). The kept task survives and is cancelled at the end.
"""

import asyncio
import gc


class ScopeGuard:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Leaving scope: {}".format(self.name))


async def wait_for_event(name):
    guard = ScopeGuard(name)
    event = asyncio.get_running_loop().create_future()   # nobody else holds it
    print(name, "waiting")
    await event
    print(name, "never gets here")


async def main():
    asyncio.create_task(wait_for_event("forgotten"))       # the bug: result dropped
    kept = asyncio.create_task(wait_for_event("kept"))      # the fix: keep a reference
    await asyncio.sleep(1)
    print("collecting")
    gc.collect()
    print("collected")
    await asyncio.sleep(1)
    kept.cancel()
    print("main returns")


asyncio.run(main())
print("end")
