# Objects held by enum members live as long as the enum class: lookups do not copy them, and they die only at shutdown, in CPython's order
import gc
from enum import Enum

# Collections at known points keep the generations the same as CPython's.
gc.collect()


class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


class Device(Enum):
    DISK = 1
    NET = 2

    def __init__(self, value):
        self.res = Res(self.name.lower())


temp = Res("temp")
print(Device.DISK.res.name, Device.NET.res.name)
del temp
print("member lookup keeps the same object:", Device(1).res is Device.DISK.res)
lookup = Device(2)
del lookup
print("end of program")

