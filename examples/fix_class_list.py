# The article's fix: a class-level list keeps every started coroutine alive until it ends.
# refpy: args --virtual-time
"""
examples/async.py loses `bar` at the first cycle collection: the only references to
its coroutine run in a circle (coroutine -> generator frame -> WaitForever ->
callbacks list -> bound method -> coroutine), so gc.collect() frees the whole
circle and "Leaving scope: bar" is printed while `bar` is still waiting.

The fix from the article: `Coroutine.running`, a list on the class, holds every
coroutine from `start()` until its generator finishes. Now the collection at
1.5 s finds nothing to free; both guards live until the program ends.
"""

import gc


class ScopeGuard:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Leaving scope: {}".format(self.name))


class Async:
    def __init__(self):
        self.callbacks = []

    def start(self, event_loop):
        pass

    def set_result(self, value):
        for fn in self.callbacks:
            fn(value)


class WaitForever(Async):
    pass


class Sleep(Async):
    def __init__(self, seconds):
        super().__init__()
        self.seconds = seconds

    def start(self, event_loop):
        event_loop.call_later(self.seconds, self.set_result, True)


class Coroutine(Async):
    running = []    # the fix: strong references to every unfinished coroutine

    def __init__(self, generator):
        super().__init__()
        self._generator = generator

    def start(self, event_loop):
        Coroutine.running.append(self)
        self.event_loop = event_loop
        event_loop.call_soon(self._send, None)

    def _send(self, value):
        try:
            thing = self._generator.send(value)
        except StopIteration:
            Coroutine.running.remove(self)
            self.set_result(None)
            return
        thing.callbacks.append(self._send)
        thing.start(self.event_loop)


def foo():
    guard = ScopeGuard("foo")
    yield WaitForever()


def bar():
    guard = ScopeGuard("bar")
    wait = WaitForever()
    yield wait


def show_timer(count):
    for i in range(count):
        print("timer: {}".format(i))
        yield Sleep(1.0)
    print("timer done")


def main():
    import asyncio

    loop = asyncio.new_event_loop()
    Coroutine(foo()).start(loop)
    Coroutine(bar()).start(loop)
    Coroutine(show_timer(4)).start(loop)

    def collect():
        print("collecting:", gc.collect() == 0 and "nothing to free" or "freed something")

    loop.call_later(1.5, collect)
    loop.call_later(4.5, loop.stop)
    loop.run_forever()
    loop.close()
    print("still running:", len(Coroutine.running))
    Coroutine.running.clear()
    gc.collect()
    print("end")


if __name__ == '__main__':
    main()
