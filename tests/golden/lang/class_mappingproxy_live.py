# A class's __dict__ is a live view: attributes set or deleted later on the class show in a proxy taken before; a proxy of a dict follows the dict
class C:
    a = 1

mp = C.__dict__
print("b" in mp, len(mp))
C.b = 2
print("b" in mp, mp["b"], len(mp))
del C.a
print("a" in mp, sorted(k for k in mp if not k.startswith("__")))
C.a = 10
print([k for k in mp if not k.startswith("__")])

def method(self):
    return "added"

C.method = method
print(mp["method"] is method, C().method())

class Sub(C):
    pass

print("b" in Sub.__dict__, "b" in C.__dict__, Sub.b)
d = {"x": 1}
view = type(mp)(d)
d["y"] = 2
print(view, len(view), view["y"], list(view.items()))
del d["x"]
print(view == {"y": 2}, view)

import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

members = Color.__members__
print(type(members).__name__, list(members), members["RED"])
try:
    members["BLUE"] = 3
except TypeError as e:
    print("TypeError", e)

import dataclasses

@dataclasses.dataclass
class Item:
    name: str = dataclasses.field(default="x", metadata={"unit": "kg"})

meta = dataclasses.fields(Item)[0].metadata
print(type(meta).__name__, meta, meta["unit"])
print(type(dataclasses.field().metadata).__name__, len(dataclasses.field().metadata))
