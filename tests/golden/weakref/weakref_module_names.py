# The names weakref exports, and the classes' names.
import weakref
print(sorted(weakref.__all__))
for name in ("ref", "ProxyType", "CallableProxyType", "WeakMethod", "WeakValueDictionary",
             "WeakKeyDictionary", "WeakSet", "finalize"):
    print(name, getattr(weakref, name).__name__)
print(issubclass(ReferenceError, Exception), ReferenceError("x"))
