# Proxies are unhashable; getweakrefcount counts them; a new proxy with a callback is a
# new object.
import weakref
class C:
    pass
c = C()
p = weakref.proxy(c)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
q = weakref.proxy(c, lambda x: None)
print(p is q)
r = weakref.ref(c)
print(weakref.getweakrefcount(c))
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError:", e)
