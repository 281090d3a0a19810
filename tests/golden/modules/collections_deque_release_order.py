# collections.deque: a dying deque releases its items from the left, after pops at either end and after rotation.
from collections import deque
class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __del__(self):
        print("del", self.name)
q = deque(Item(n) for n in "abcde")
q.popleft()
q.pop()
q.append(Item("f"))
print(q)
del q
print("-- rotated")
r = deque(Item(n) for n in "ghij")
r.rotate(1)
print(r)
del r
print("-- appendleft")
s = deque()
s.appendleft(Item("k"))
s.append(Item("l"))
s.appendleft(Item("m"))
print(s)
del s
print("-- many pops")
t = deque(Item(str(i)) for i in range(40))
for _ in range(35):
    t.popleft()
print(t)
t.clear()
print("end")
