# Elements of a set die in hash-table slot order: on del, clear, discard, pop, and when
# an in-place operation replaces the table.
class H:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return self is other
    def __del__(self):
        print("del", self.name)

def make(*hs):
    return {H(f"h{h}", h) for h in hs}

print("-- del: slots 1, 3, 5 (inserted 5, 3, 1)")
s = make(5, 3, 1)
del s
print("-- del: collisions 0, 8, 16 land in slots 0, 1, 6")
s = make(16, 8, 0)
del s
print("-- clear")
s = make(7, 2, 12, 4)
s.clear()
print("cleared", len(s))
print("-- discard and remove")
a, b, c = H("a", 3), H("b", 11), H("c", 19)
s = {a, b, c}
del a, b, c
s.discard(next(x for x in s if x.name == "b"))
print("after discard")
s.remove(next(x for x in s if x.name == "c"))
print("after remove")
del s
print("-- pop takes slot order from the finger")
s = make(6, 1, 4)
s.pop()
print("popped one")
s.pop()
print("popped two")
del s
print("-- intersection_update releases the old table")
s = make(1, 2, 3, 4)
keep = [x for x in s if x.h % 2 == 0]
s &= set(keep)
print("after &=")
del keep
print("keep gone")
del s
print("-- resize keeps slot order for release")
s = make(*range(0, 80, 8))
del s
print("-- frozenset of a generator")
f = frozenset(H(f"g{i}", i * 3) for i in range(5))
del f
print("-- set replaced by assignment")
s = make(9, 1)
s = None
print("end")
