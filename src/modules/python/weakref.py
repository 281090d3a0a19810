"""refpy's weakref: weak references (`ref`, from the built-in `_weakref`), proxies,
WeakMethod, the weak containers and finalize, with CPython 3.11's behaviour."""

import _weakref
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
from _weakrefset import WeakSet, _IterationGuard

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_private_ref = _weakref._private_ref
_bind = _weakref._bind
KeyedRef = _weakref.KeyedRef


# ---------------------------------------------------------------- proxies

def _target(p):
    """The live referent of proxy `p`; ReferenceError once it died."""
    o = p._proxy__ref()
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


def _unwrap(x):
    if type(x) is ProxyType or type(x) is CallableProxyType:
        return _target(x)
    return x


class ProxyType:
    """A weak proxy: every operation goes to the referent while it lives."""

    __slots__ = ("_proxy__ref",)

    def __getattr__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        o = self._proxy__ref()
        return "<weakproxy at %s to %s at %s>" % (
            hex(id(self)), type(o).__name__, hex(id(o)))

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __eq__(self, other):
        return _target(self) == _unwrap(other)

    def __ne__(self, other):
        return _target(self) != _unwrap(other)

    def __lt__(self, other):
        return _target(self) < _unwrap(other)

    def __le__(self, other):
        return _target(self) <= _unwrap(other)

    def __gt__(self, other):
        return _target(self) > _unwrap(other)

    def __ge__(self, other):
        return _target(self) >= _unwrap(other)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __add__(self, other):
        return _target(self) + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + _target(self)

    def __sub__(self, other):
        return _target(self) - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - _target(self)

    def __mul__(self, other):
        return _target(self) * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * _target(self)

    def __truediv__(self, other):
        return _target(self) / _unwrap(other)

    def __rtruediv__(self, other):
        return _unwrap(other) / _target(self)

    def __floordiv__(self, other):
        return _target(self) // _unwrap(other)

    def __rfloordiv__(self, other):
        return _unwrap(other) // _target(self)

    def __mod__(self, other):
        return _target(self) % _unwrap(other)

    def __rmod__(self, other):
        return _unwrap(other) % _target(self)

    def __pow__(self, other):
        return _target(self) ** _unwrap(other)

    def __rpow__(self, other):
        return _unwrap(other) ** _target(self)

    def __and__(self, other):
        return _target(self) & _unwrap(other)

    def __rand__(self, other):
        return _unwrap(other) & _target(self)

    def __or__(self, other):
        return _target(self) | _unwrap(other)

    def __ror__(self, other):
        return _unwrap(other) | _target(self)

    def __xor__(self, other):
        return _target(self) ^ _unwrap(other)

    def __rxor__(self, other):
        return _unwrap(other) ^ _target(self)

    def __lshift__(self, other):
        return _target(self) << _unwrap(other)

    def __rshift__(self, other):
        return _target(self) >> _unwrap(other)

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __invert__(self):
        return ~_target(self)

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __index__(self):
        return _target(self).__index__()

    def __iadd__(self, other):
        o = _target(self)
        o += _unwrap(other)
        return self

    def __isub__(self, other):
        o = _target(self)
        o -= _unwrap(other)
        return self

    def __enter__(self):
        return _target(self).__enter__()

    def __exit__(self, *args):
        return _target(self).__exit__(*args)


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to `obj` that does not keep it alive; `callback(proxy)` runs when it dies."""
    cls = CallableProxyType if callable(obj) else ProxyType
    p = object.__new__(cls)
    if callback is None:
        r = _private_ref(obj, None)
    else:
        def call_back(_, proxy_ref=_private_ref(p, None), callback=callback):
            p = proxy_ref()
            if p is not None:
                callback(p)
        r = _private_ref(obj, call_back)
    object.__setattr__(p, "_proxy__ref", r)
    return p


# ---------------------------------------------------------------- WeakMethod

class WeakMethod:
    """A weak reference to a bound method: dead as soon as its object or its function
    dies, although the bound method object itself is short-lived."""

    __slots__ = ("_obj_ref", "_func_ref", "_alive", "__weakref__")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def died(_, self_ref=ref(self)):
            self = self_ref()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self._obj_ref = _private_ref(obj, died)
        self._func_ref = ref(func, died)
        self._alive = True

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return _bind(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return (self._obj_ref == other._obj_ref
                    and self._func_ref == other._func_ref)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return not (self._obj_ref == other._obj_ref
                        and self._func_ref == other._func_ref)
        return NotImplemented

    def __hash__(self):
        return hash(self._obj_ref)

    def __repr__(self):
        obj = self._obj_ref()
        if obj is None:
            return "<weakref at %s; dead>" % hex(id(self))
        return "<weakref at %s; to '%s' at %s>" % (
            hex(id(self)), type(obj).__name__, hex(id(obj)))

    @property
    def __callback__(self):
        return None


# ---------------------------------------------------------------- weak dictionaries

def _remove_dead_weakref(d, key):
    """Deletes d[key] if its value is a dead weakref (CPython: _remove_dead_weakref)."""
    try:
        wr = d[key]
    except KeyError:
        return
    if wr() is None:
        del d[key]


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes away when its value dies."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(wr.key)
                else:
                    _remove_dead_weakref(self.data, wr.key)
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        pop = self._pending_removals.pop
        d = self.data
        while True:
            try:
                key = pop()
            except IndexError:
                return
            _remove_dead_weakref(d, key)

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %s>" % (self.__class__.__name__, hex(id(self)))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k

    __iter__ = keys

    def itervaluerefs(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                obj = wr()
                if obj is not None:
                    yield obj

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def valuerefs(self):
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def __eq__(self, other):
        if not isinstance(other, (dict, WeakValueDictionary)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes away when its key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(k)
                else:
                    try:
                        del self.data[k]
                    except KeyError:
                        pass
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pop = self._pending_removals.pop
        d = self.data
        while True:
            try:
                key = pop()
            except IndexError:
                return
            try:
                del d[key]
            except KeyError:
                pass

    def _scrub_removals(self):
        d = self.data
        self._pending_removals = [k for k in self._pending_removals if k in d]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %s>" % (self.__class__.__name__, hex(id(self)))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for key, value in self.data.items():
                o = key()
                if o is not None:
                    new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def __eq__(self, other):
        if not isinstance(other, (dict, WeakKeyDictionary)):
            return NotImplemented
        return type({})(self.items()) == type({})(other.items())

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------- finalize

class _FinalizeInfo:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """Calls func(*args, **kwargs) when obj dies, once; or at interpreter exit while obj
    lives and `atexit` is true. Calling the finalizer runs it early."""

    __slots__ = ()
    # The live finalizers, each with its _FinalizeInfo.
    _registry = {}
    _shutdown = False
    _next_index = 0
    _dirty = False
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._next_index
        finalize._next_index += 1
        finalize._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %s; dead>" % (type(self).__name__, hex(id(self)))
        return "<%s object at %s; for %r at %s>" % (
            type(self).__name__, hex(id(self)), type(obj).__name__, hex(id(obj)))

    def _exitfunc():
        # At exit: every live finalizer whose `atexit` is set, newest first; the collector
        # stays off meanwhile.
        reenable_gc = False
        try:
            if finalize._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = [f for f, i in sorted(finalize._registry.items(),
                                                        key=_info_index) if i.atexit]
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception as e:
                        import _refpy
                        _refpy.print_exception(e)
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()

    _exitfunc = staticmethod(_exitfunc)


def _info_index(item):
    return item[1].index
