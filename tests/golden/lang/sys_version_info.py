# sys.version_info: a tuple subclass with named fields, comparable with tuples
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial, len(v))
print(type(v).__name__, isinstance(v, tuple), v >= (3, 8), v < (4,), v[0] == v.major)
print(repr(v).startswith("sys.version_info(major=3, minor=11, micro="))
major, minor, *rest = v
print(major, minor, len(rest))
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
