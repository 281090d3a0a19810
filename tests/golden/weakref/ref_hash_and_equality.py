# weakref hashing and equality: the referent's while alive; a dead weakref keeps the hash
# it had; a never-hashed dead weakref cannot be hashed.
import weakref
class C:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return isinstance(o, C) and self.n == o.n
    def __hash__(self): return self.n
a, b = C(1), C(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra != rb, hash(ra) == hash(a))
d = {ra: "x"}
print(d[rb])
del a
print(ra == rb, ra == ra, hash(ra))
print(ra in d)
c = C(2)
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
print(rc == weakref.ref(b), rc != weakref.ref(b))
