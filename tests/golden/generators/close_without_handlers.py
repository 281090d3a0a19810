# Closing a generator stopped at a yield with no try/with around it: loop iterators die innermost first while the generator runs, then its locals in order; a generator that catches GeneratorExit still gets an instance
import sys


def caller_of_del():
    try:
        raise ZeroDivisionError
    except ZeroDivisionError as e:
        return e.__traceback__.tb_frame.f_back.f_back.f_code.co_name


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "in", caller_of_del(), "exc", sys.exc_info()[0])


class It:
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __del__(self):
        print("iterator dies", self.name, "in", caller_of_del())


def nested():
    a = Noisy("a")
    for i in It("outer", 3):
        b = Noisy("b")
        if i:
            for j in It("inner", 2):
                while True:
                    yield i, j
    c = Noisy("c")


def caller():
    g = nested()
    print(next(g))
    print("closing")
    g.close()
    print("closed", g.gi_frame, g.gi_running)
    print(list(g))


caller()


def dropped():
    g = nested()
    next(g)
    print("dropping")
    del g
    print("dropped")


dropped()


def catching():
    x = Noisy("x")
    try:
        yield 1
    except GeneratorExit as e:
        print("caught", type(e).__name__, repr(e), e.__traceback__ is not None)


g = catching()
next(g)
g.close()
print("after catching")


def held_frame():
    y = Noisy("y")
    yield 1


g = held_frame()
next(g)
f = g.gi_frame
g.close()
print("frame kept", f.f_lineno, sorted(f.f_locals))
del f
print("frame released")


def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        g = nested()
        next(g)
        del g
        print("handled", sys.exc_info()[0].__name__)


in_handler()
