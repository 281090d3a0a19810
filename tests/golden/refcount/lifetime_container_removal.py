class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

lst = [D("l0"), D("l1"), D("l2"), D("l3")]
print("pop")
lst.pop()
print("del lst[0]")
del lst[0]
print("remove by assignment")
lst[0] = None
print("clear")
lst.clear()
print("--")
d = {"a": D("da"), "b": D("db"), "c": D("dc")}
print("del d['a']")
del d["a"]
print("pop b")
v = d.pop("b")
print("popped but held")
v = None
print("overwrite c")
d["c"] = D("dc2")
print("drop dict")
d = None
print("--")
lst = [D("s0"), D("s1"), D("s2")]
print("slice delete")
del lst[0:2]
print("end")
