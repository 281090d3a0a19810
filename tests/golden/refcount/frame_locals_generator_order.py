# A generator's f_locals dict is released with its locals when it finishes, after them; a frame held past the end releases the dict first
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def gen():
    a = D(1)
    b = D(2)
    yield 1
    b = D(3)
    locals()
    a = D(4)
    print("leaving gen")


it = gen()
next(it)
it.gi_frame.f_locals
print("snapshot taken")
next(it, None)
print("generator finished")
del it


def gen2():
    a = D(5)
    b = D(6)
    locals()
    a = D(7)
    yield 1


it = gen2()
next(it)
fr = it.gi_frame
next(it, None)
print("finished, frame held")
del it
print("generator gone")
del fr
print("end")
