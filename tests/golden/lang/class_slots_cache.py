# Repeated slot reads and writes at one attribute site see deletions, member-descriptor writes and instances of other slotted classes
class P:
    __slots__ = ("x", "y")

class Q:
    __slots__ = ("y", "x")

def read_x(obj):
    try:
        return obj.x
    except AttributeError as e:
        return "AttributeError: %s" % e

def write_x(obj, v):
    obj.x = v

ps = [P() for _ in range(3)]
for i, p in enumerate(ps):
    write_x(p, i)
for round in range(3):
    print([read_x(p) for p in ps])
    del ps[round].x
q = Q()
q.y = "qy"
for i in range(4):
    write_x(q, i)
    print(read_x(q), q.y, read_x(ps[0]))
P.x.__set__(ps[1], "member")
print([read_x(p) for p in ps])
for i in range(20):
    obj = ps[i % 3] if i % 2 else q
    write_x(obj, i)
print([read_x(p) for p in ps], read_x(q))
