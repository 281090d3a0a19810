print(True, False, repr(True), str(False), int(True), float(False), bool(0), bool(0.0), bool(""), bool("0"), bool([]), bool({}), bool(None), bool(()), bool(range(0)), bool(bool))
print(True + 1, True * 2.5, True - False, -True, True / True, True ** 2, True == 1, False == 0, True is True, True < 2, True > False)
print(True & True, True | False, False ^ True, type(True & 1).__name__, type(True | True).__name__, ~False)
print(not 0, not 1, not "", not [0], 1 and 2, 0 and 2, 0 or "x", "" or [] or None, 1 or 2)
print(hash(True), hash(False), {True: "a", 1: "b"}, {0: "z", False: "y"}, [True, False].count(1), [1, 1.0, True].index(True))
print(isinstance(True, int), issubclass(bool, int), bool.__name__, type(True).__name__, True.__class__.__name__)
print(str(True).upper(), f"{True}", f"{True!r}", "%s %d %r" % (True, True, False), format(True), format(False, "d"), format(True, "5"))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Z:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class W:
    def __bool__(self): return 1
print(bool(Z()), bool(L()), not Z(), Z() or "alt")
try:
    bool(W())
except TypeError as e:
    print(type(e).__name__, e)
print(sum([True, True, False]), max(True, 0), min(False, -1), abs(True), round(True), divmod(True, True))
