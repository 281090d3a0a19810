# frame.f_locals is the same dict on each access; a frame that outlives its call keeps it
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def g():
    z = D(1)
    w = D(2)
    locals()
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__.tb_frame


fr = g()
first = fr.f_locals
print("returned", fr.f_locals is first, sorted(first))
first["extra"] = D(3)
print(sorted(fr.f_locals))
del first
print("dropping the frame")
del fr
print("frame gone")


def gen():
    w = D(5)
    yield 1
    del w
    yield 2


it = gen()
next(it)
fl = it.gi_frame.f_locals
print(sorted(fl), fl is it.gi_frame.f_locals)
next(it)
print("after del w", sorted(fl))
it.gi_frame.f_locals
print("refreshed", sorted(fl))
del it, fl
print("end")
