# Global and module-level name loads and stores see every change of globals and builtins: rebinding, deletion, shadowing a built-in, writes through globals(), setattr on the module, builtins changes, positions moved by compaction, popitem and clear.
import builtins
import sys


def f():
    return "f1"


def call_f():
    return f()


def use_len(x):
    return len(x)


def read_x():
    return x


x = 1
results = []
for i in range(3):
    results.append((call_f(), use_len("ab"), read_x()))
    if i == 0:
        globals()["f"] = lambda: "f2"
        x = 2
    if i == 1:
        def len(v):
            return -1
        setattr(sys.modules[__name__], "x", 3)
print(results)
del len
print(use_len("abc"), read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError", e)
x = 10
print(read_x())


def read_extra():
    return extra


builtins.extra = "from builtins"
print(read_extra())
globals()["extra"] = "from globals"
print(read_extra())
del globals()["extra"]
print(read_extra())
del builtins.extra
try:
    read_extra()
except NameError as e:
    print("NameError", e)

# Fill globals with names and delete them, so that the dict squeezes its holes out and
# the remaining names move to other positions.
for round_ in range(3):
    for k in range(40):
        globals()["tmp%d" % k] = k
    print(call_f(), read_x(), use_len([1]))
    for k in range(40):
        del globals()["tmp%d" % k]
    print(call_f(), read_x(), use_len([1, 2]))

total = 0
for k in range(5):
    total += k
    if k == 2:
        globals().pop("total")
        total = 100
print(total)


def call_last():
    return last()


def last():
    return "last"


print(call_last())
name, value = globals().popitem()
print(name, value.__name__)
# A new name takes the position `last` had.
newcomer = lambda: "newcomer"
try:
    call_last()
except NameError as e:
    print("NameError", e)
last = lambda: "again"
print(call_last())


def after_clear():
    try:
        return read_x()
    except NameError as e:
        return "NameError " + str(e)


def clear_and_restore():
    show, check = print, after_clear
    g = globals()
    saved = dict(g)
    g.clear()
    show(check(), len("four"))
    g.update(saved)


clear_and_restore()
print(after_clear())
