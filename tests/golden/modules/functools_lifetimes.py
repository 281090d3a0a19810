# functools: lru_cache holds its arguments and results until eviction or cache_clear; partial holds its arguments.
import functools
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
    def __del__(self):
        print("del", self.name)
@functools.lru_cache(maxsize=2)
def make(arg):
    return Obj("result-" + arg.name)
print(make(Obj("a")))
print("after first call")
print(make(Obj("b")))
print(make(Obj("c")))
print("evicted a")
make.cache_clear()
print("cleared")
@functools.cache
def ident(x, y=None):
    return Obj("r" + x.name)
ident(Obj("k1"), y=Obj("kw"))
ident(Obj("k2"))
print(ident.cache_info())
ident.cache_clear()
print("cleared unbounded")
p = functools.partial(print, Obj("bound"))
p("called")
del p
print("partial gone")
@functools.lru_cache(maxsize=0)
def nocache(x):
    return Obj("n")
nocache(Obj("arg0"))
print(nocache.cache_info())
print("end")
