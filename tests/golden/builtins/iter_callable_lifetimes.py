# a callable iterator keeps its callable and sentinel alive until it is exhausted or dies
class Obj:
    def __init__(self, name):
        self.name = name

    def __call__(self):
        return 1

    def __eq__(self, other):
        return False

    def __del__(self):
        print("dies", self.name)


it = iter(Obj("callable"), Obj("sentinel"))
print(next(it), next(it))
print("dropping the iterator")
del it
print("after del")


class Stop:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        if self.n == 3:
            raise StopIteration
        return self.n

    def __del__(self):
        print("stop dies")


it = iter(Stop(), object())
print(list(it))
print("exhausted; iterator still alive")
print(next(it, "empty"))
del it
print("end")
