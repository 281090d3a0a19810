class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__")
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Neither:
    pass

print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)), len(L(7)))
print(bool(Both()), len(Both()))
print(bool(Neither()))
if L(0):
    print("no")
else:
    print("empty")
print(not B(False), B(True) and "yes", L(0) or "fallback")
try:
    bool(B(1))
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
while L(0):
    pass
print("done")
