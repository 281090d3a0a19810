# `del module.name` and delattr() remove a module attribute (from the module's globals), including a built-in added to `builtins`; a missing one raises AttributeError.
import builtins
import sys

m = sys.modules[__name__]
m.q = 1
print(q)
del m.q
try:
    q
except NameError as e:
    print("NameError", e)
builtins.extra = 2
print(extra)
delattr(builtins, "extra")
try:
    extra
except NameError as e:
    print("NameError", e)
try:
    del m.missing
except AttributeError as e:
    print("AttributeError", e)
