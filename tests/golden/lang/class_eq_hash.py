class Plain:
    pass
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, WithEq) and self.v == other.v
class WithBoth(WithEq):
    def __hash__(self):
        return hash(self.v)

p = Plain()
print(p == p, p == Plain(), p != Plain())
print(hash(p) == hash(p))
print(WithEq.__hash__)
try:
    hash(WithEq(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {WithEq(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(WithEq(1) == WithEq(1), WithEq(1) != WithEq(2), WithEq(1) == 1)
print(hash(WithBoth(5)) == hash(5))
d = {WithBoth(1): "one"}
print(d[WithBoth(1)])
print(WithBoth(1) in [WithBoth(2), WithBoth(1)])
print([WithEq(3)].index(WithEq(3)), [WithEq(3), WithEq(3)].count(WithEq(3)))

class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class InheritsHash(WithBoth):
    def __eq__(self, other):
        return True
try:
    hash(InheritsHash(1))
except TypeError as e:
    print(type(e).__name__, e)
