# collections: deque, defaultdict and Counter hold their items; removing or clearing releases them at once.
from collections import deque, defaultdict, Counter
class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __del__(self):
        print("del", self.name)
q = deque([Item("a"), Item("b")])
q.append(Item("c"))
print(q)
print("popped", q.popleft())
print("after popleft")
q.pop()
print("after pop")
q.extend([Item("d"), Item("e")])
q.clear()
print("cleared", q)
bounded = deque(maxlen=2)
for name in "xyz":
    bounded.append(Item(name))
print("bounded", bounded)
del bounded
print("bounded gone")
dd = defaultdict(list)
dd["k"].append(Item("in-list"))
del dd["k"]
print("key deleted")
c = Counter()
key = Item("counted")
c[key] += 1
del key
print("key dropped, still counted", len(c))
c.clear()
print("end")
