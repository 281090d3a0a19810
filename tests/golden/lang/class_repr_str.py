class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"

class ReprOnly:
    def __repr__(self):
        return "ReprOnly<1>"

class StrOnly:
    def __str__(self):
        return "str only"

b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b))
print(r, repr(r), str(r))
print(s, str(s))
print([b, r], (b,), {"k": r})
print(f"{b} {b!r} {r} {r!s}")
print("%s %r" % (b, b))
print(format(b), "{}".format(r))

class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Both):
    pass
print(Sub(), repr(Sub()))
