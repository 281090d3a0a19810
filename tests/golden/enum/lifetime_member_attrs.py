# refpy: xfail the shutdown collection meets enum members in another order than CPython's (refpy's enum module builds a different object graph): an attribute added to a member later, a second enum and a plain instance die in another order
# Objects held by enum members, a second enum and a plain instance die at shutdown in CPython's order
import gc
from enum import Enum

# Collections at known points keep the generations the same as CPython's.
gc.collect()


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("close", self.name)


class Device(Enum):
    DISK = 1
    NET = 2

    def __init__(self, value):
        self.res = Res(self.name.lower())


Device.DISK.extra = Res("extra")
print("end of program")


class Later(Enum):
    FIRST = 1
    SECOND = 2

    def __init__(self, value):
        self.res = Res("later-" + self.name.lower())


class Session:
    def __init__(self, device):
        self.device = device
        self.res = Res("session")

    def __del__(self):
        print("session ends with", self.device)


s = Session(Device.NET)
gc.collect()
