# a list subclass resurrected by __del__ keeps its items until it dies for good
class Item:
    def __del__(self): print("item dies")
class Res(list):
    def __del__(self):
        global keep
        keep = self
        print("resurrect", len(self))
r = Res([Item()])
del r
print("kept", type(keep).__name__, len(keep))
keep.append(1)
del keep
print("end")
