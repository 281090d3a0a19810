# A task whose coroutine raises SystemExit during a turn with other ready tasks: the task
# records the exception, SystemExit leaves run_forever, and the other tasks of that turn run
# on the next run_forever in their order; objects in their frames die when they end.
import asyncio


class Token:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


async def worker(name, leave):
    token = None if leave else Token(name)
    print("start", name)
    await asyncio.sleep(0)
    if leave:
        print("leaving", name)
        raise SystemExit(4)
    print("end", name, token.name)


loop = asyncio.new_event_loop()
tasks = [loop.create_task(worker(n, n == "b")) for n in "abc"]
loop.call_later(0.01, loop.stop)
try:
    loop.run_forever()
except SystemExit as e:
    print("caught", e.code)
print([t.done() for t in tasks])
print(repr(tasks[1].exception()))
loop.run_forever()
print([t.done() for t in tasks])
del tasks
loop.close()
print("closed")
