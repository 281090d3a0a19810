# Lifetime example 46: evidence that the collector, not refcounting, ends bar in the article's minimal.py (scaled down).

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

# --- probes added to shared/originals/minimal.py (program unchanged above this line) ---
# Evidence for the walk-through: no automatic collection runs before the explicit
# gc.collect(); the bar generator and Yielded("bar") are both in generation 0,
# the generator first; gc.collect() returns 0.
def where_are_they():
    for gen in range(3):
        objs = gc.get_objects(gen)
        found = [("generator bar" if type(o).__name__ == "generator" else "Yielded(bar)")
                 for o in objs
                 if (type(o).__name__ == "generator" and o.__name__ == "bar")
                 or (type(o).__name__ == "Yielded" and o.name == "bar")]
        del objs
        if found:
            print("generation %d, in list order:" % gen, found)

def collect_and_report():
    print("gc.collect() returned", gc.collect())

if __name__ == '__main__':
    gc.callbacks.append(lambda phase, info: print("gc", phase, info) if phase == "start" else None)
    mainloop = new_event_loop()
    mainloop.call_later(0.0, consume_one, foo())
    mainloop.call_later(0.0, consume_one, bar())
    mainloop.call_later(0.05, where_are_they)
    mainloop.call_later(0.1, collect_and_report)
    mainloop.call_later(0.2, mainloop.stop)
    mainloop.run_forever()
    print("loop stopped")
    gc.callbacks.clear()
