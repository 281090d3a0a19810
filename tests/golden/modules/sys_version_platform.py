# sys.version_info and sys.implementation as struct-like values; platform's version functions.
import sys
import platform
vi = sys.version_info
print(vi[:2], vi >= (3, 8), vi < (3, 12), vi.major, vi.minor, vi.releaselevel, vi.serial, len(vi), vi[0], vi[-2])
print(type(vi), type(vi).__name__, vi == tuple(vi), (3, 11) <= vi, vi > (3, 11, 0), list(vi)[:2], vi.index(11))
major, minor, *rest = sys.version_info
print(major, minor, rest[1:], hash(vi) == hash(tuple(vi)), vi.count(3))
print(repr(sys.version_info).startswith("sys.version_info(major=3, minor=11, micro="))
print(sys.hexversion >> 16 == 0x30B, isinstance(sys.version, str), sys.version.startswith("3.11."))
print(sys.implementation.name in ("cpython", "refpy"), sys.implementation.version[:2], type(sys.implementation).__name__)
print(platform.python_implementation() in ("CPython", "refpy"), platform.python_version()[:5], platform.python_version_tuple()[:2])
print(platform.python_version().split(".")[2] == str(vi.micro), platform.system())
for t in [lambda: platform.python_version(1), lambda: platform.python_implementation(x=1), lambda: vi.major.bit_length(),
          lambda: vi[7]]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
