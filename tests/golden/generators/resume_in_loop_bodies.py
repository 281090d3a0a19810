# generators resumed in the middle of loop bodies (while, for, nested, else, an except handler inside a loop): values, sends, throws, close, lines and finalization order
import sys
import traceback


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def while_middle(n):
    i = 0
    while i < n:
        a = Noisy(f"w{i}")
        got = yield i
        print("while got", got)
        yield -i
        i += 1
        del a
    else:
        print("while else")
        yield "else"
    print("while done")


def for_middle(items):
    for x in items:
        print("before", x)
        got = yield x
        print("after", x, got)
        if x == 2:
            yield "two"
            continue
        yield x * 10
    else:
        yield "for else"


def nested(rows):
    for r in rows:
        j = 0
        while j < r:
            for k in range(2):
                yield (r, j, k)
            j += 1
        yield ("row", r)


def handler_in_loop():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            raise ValueError(i)
        except ValueError as e:
            yield ("value", e.args)
            print("after value", i)
        except KeyError as e:
            yield ("key", e.args)
            print("after key", i)
            yield ("key again", sys.exc_info()[0].__name__)
        finally:
            print("finally", i)


g = while_middle(3)
print(next(g), g.send("s1"), next(g), g.send("s2"))
print(g.gi_frame.f_lineno)
print(list(g))

g = for_middle([1, 2, 3])
print(list(zip(g, range(100))))
g = for_middle([1, 2, 3])
print(next(g), g.send("x"), next(g), g.send("y"))
print(g.gi_frame.f_lineno)
try:
    g.throw(IndexError("boom"))
except IndexError:
    traceback.print_exc(file=sys.stdout)

print(list(nested([1, 2, 0, 1])))
print(list(handler_in_loop()))

g = handler_in_loop()
print(next(g), next(g), next(g))
print(g.gi_frame.f_lineno)
g.close()
print("closed")


def closing_in_while():
    i = 0
    try:
        while True:
            n = Noisy(f"c{i}")
            yield i
            i += 1
            print("resumed", i)
    finally:
        print("finally", i)


g = closing_in_while()
print(next(g), next(g))
del g
print("dropped")

g = while_middle(2)
next(g)
try:
    g.throw(RuntimeError("in while"))
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
print(g.gi_frame)
