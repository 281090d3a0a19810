class Plain:
    pass
class Outer:
    class Inner:
        pass
r = repr(Plain())
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"))
r = repr(Outer.Inner())
print(r.startswith("<__main__.Outer.Inner object at 0x"))
print(repr(Plain), repr(Outer.Inner))
print(str(Plain) == repr(Plain))
print(repr(int), repr(object), repr(type))
print(Plain.__module__, Outer.Inner.__module__)
print(type(Plain), type(type), type(object))
