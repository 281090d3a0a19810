# A proxy to a callable is a CallableProxyType and can be called.
import weakref
class F:
    def __call__(self, *args, **kw): return ("called", args, kw)
def func(a, b=2): return a + b
f = F()
p = weakref.proxy(f)
print(type(p), p(1, k=2))
q = weakref.proxy(func)
print(type(q), q(1), q(1, b=5), q.__name__)
class Plain:
    pass
print(type(weakref.proxy(Plain())) is weakref.ProxyType)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
