# A reference cycle through each kind of container, dropped and then collected:
# a Probe inside every cycle reports its death, and gc.collect() returns how many
# objects it found unreachable (only where refpy's objects are CPython's: CPython
# also counts internal objects, such as a function's defaults tuple, a closure
# tuple, a class's dict, MRO and bases, and the tuples inside map and zip objects).
import gc
import weakref

class Probe:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)
    def method(self):
        return self

INTERNAL_OBJECTS = {"function defaults", "closure cell", "class", "instance of a local class",
                    "map", "zip", "enumerate", "super"}

def check(label, make):
    gc.collect()
    make()
    print(label)
    n = gc.collect()
    if label in INTERNAL_OBJECTS:
        print("  collected:", n > 0)
    else:
        print("  collect ->", n)

def instance():
    p = Probe("instance"); p.me = p

def list_():
    p = Probe("list"); l = [p]; l.append(l)

def dict_():
    p = Probe("dict"); d = {"p": p}; d["d"] = d

def tuple_():
    p = Probe("tuple"); l = [p]; t = (l,); l.append(t)

def set_():
    p = Probe("set"); p.s = {p}

def frozenset_():
    p = Probe("frozenset"); p.s = frozenset([p])

def function_attribute():
    p = Probe("function attribute")
    def f():
        pass
    f.p = p
    p.f = f

def function_defaults():
    p = Probe("function defaults")
    def f(x=p):
        pass
    p.f = f

def closure_cell():
    p = Probe("closure cell")
    def inner():
        return p
    p.inner = inner

def bound_method():
    p = Probe("bound method"); p.m = p.method

def class_():
    class C:
        pass
    C.p = Probe("class")
    C.p.c = C

def instance_of_local_class():
    class C:
        def __del__(self):
            print("  del instance of a local class")
    c = C(); c.me = c

def exception_traceback_frame():
    p = Probe("exception -> traceback -> frame")
    try:
        raise ValueError("x")
    except ValueError as e:
        p.e = e
    p.p = p

def generator():
    def gen(p):
        yield p
    p = Probe("generator")
    p.g = gen(p)

def suspended_generator():
    def gen(p):
        yield 1
        yield p
    p = Probe("suspended generator")
    p.g = gen(p)
    next(p.g)

def list_iterator():
    p = Probe("list iterator"); l = [p]; l.append(iter(l))

def dict_view():
    p = Probe("dict view"); d = {"p": p}; d["v"] = d.keys()

def map_object():
    p = Probe("map"); p.m = map(str, [p])

def zip_object():
    p = Probe("zip"); p.z = zip([p], [1])

def enumerate_object():
    p = Probe("enumerate"); p.e = enumerate([p])

def weakref_with_callback():
    p = Probe("weakref with callback")
    p.w = weakref.ref(p, lambda r: print("  never called"))
    p.me = p

def super_object():
    class Base:
        pass
    class C(Base):
        def __del__(self):
            print("  del super holder")
    c = C(); c.s = super(C, c)

for label, make in [
    ("instance", instance), ("list", list_), ("dict", dict_), ("tuple", tuple_),
    ("set", set_), ("frozenset", frozenset_), ("function attribute", function_attribute),
    ("function defaults", function_defaults), ("closure cell", closure_cell),
    ("bound method", bound_method), ("class", class_),
    ("instance of a local class", instance_of_local_class),
    ("exception traceback frame", exception_traceback_frame),
    ("generator", generator), ("suspended generator", suspended_generator),
    ("list iterator", list_iterator), ("dict view", dict_view), ("map", map_object),
    ("zip", zip_object), ("enumerate", enumerate_object),
    ("weakref with callback", weakref_with_callback), ("super", super_object),
]:
    check(label, make)

w = None
def weak_check():
    global w
    class Target:
        pass
    t = Target(); t.me = t
    w = weakref.ref(t)
weak_check()
print("weakref alive before collect:", w() is not None)
gc.collect()
print("weakref alive after collect:", w() is not None)
