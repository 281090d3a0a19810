# A callback raising SystemExit mid-turn: the handle it ran from lives as long as the
# exception's traceback (which holds _run_once's frame), and the handles left in that turn
# run on the next run_forever.
import asyncio


class Arg:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def leave(arg):
    print("leave", arg.name)
    raise SystemExit(3)


def show(arg):
    print("show", arg.name)


loop = asyncio.new_event_loop()
loop.call_soon(show, Arg("first"))
loop.call_soon(leave, Arg("exit"))
loop.call_soon(show, Arg("after"))
loop.call_soon(loop.stop)
try:
    loop.run_forever()
except SystemExit as e:
    print("caught", e.code)
print("out of except")
loop.call_soon(show, Arg("next"))
loop.call_soon(loop.stop)
loop.run_forever()
print("second run done")
loop.close()
print("closed")
