# a bound method made by types.MethodType keeps its function and object alive and releases __func__, then __self__
import types
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
    def __call__(self, *args): return args
obj = D("self")
fn = D("func")
m = types.MethodType(fn, obj)
del obj, fn
print("-- still alive through the method")
print(m(1)[0].name)
print("-- the method dies")
del m
m = types.MethodType(D("func2"), D("self2"))
print("-- rebinding the name")
m = None
ns = types.SimpleNamespace(first=D("attr1"), second=D("attr2"))
print("-- a namespace releases its attributes in order")
del ns
mod = types.ModuleType("tmp")
mod.value = D("module value")
print("-- a module made by ModuleType")
del mod
print("end")
