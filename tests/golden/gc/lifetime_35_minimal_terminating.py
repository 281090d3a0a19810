# Lifetime example 35: the article's minimal.py scaled down and made to terminate; the cycle through bar is collected by gc.collect().

class Yielded:

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Delete {}".format(self.name))


def foo():
    try:
        yield Yielded("foo")        # Transfer control to caller.
        print("After yield: foo")   # This will never be printed.
    except GeneratorExit:
        print("Exit foo")           # Show when generator is closed.
        raise


def bar():
    try:
        x = Yielded("bar")
        yield x
        print("After yield: bar")
    except GeneratorExit:
        print("Exit bar")
        raise


def consume_one(generator):
    x = next(generator)
    x.g = generator


from asyncio import new_event_loop
import gc

if __name__ == '__main__':
    # Same as shared/originals/minimal.py, except: gc.collect after 0.1 s instead of 3.0 s,
    # and the loop is stopped at 0.2 s instead of blocking forever.
    mainloop = new_event_loop()
    mainloop.call_later(0.0, consume_one, foo())
    mainloop.call_later(0.0, consume_one, bar())
    mainloop.call_later(0.1, gc.collect)
    mainloop.call_later(0.2, mainloop.stop)
    mainloop.run_forever()
    print("loop stopped")
