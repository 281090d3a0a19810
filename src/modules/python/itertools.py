"""refpy's itertools: CPython 3.11's iterator classes, with its reprs and messages. Each
object holds what CPython's holds: its source iterators, pools and saved items."""


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _expect(name, args, n):
    if len(args) != n:
        plural = "" if n == 1 else "s"
        raise TypeError(f"{name} expected {n} argument{plural}, got {len(args)}")


def _bind(name, args, kwargs, names, required):
    """Binds arguments as CPython's argument clinic does for keyword-capable functions."""
    if len(args) > len(names):
        raise TypeError(f"{name}() takes at most {len(names)} argument{'' if len(names) == 1 else 's'} "
                        f"({len(args)} given)")
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
        i = names.index(key)
        if values[i] is not _MISSING:
            raise TypeError(f"argument for {name}() given by name ('{key}') and position ({i + 1})")
        values[i] = value
    for i in range(required):
        if values[i] is _MISSING:
            raise TypeError(f"{name}() missing required argument '{names[i]}' (pos {i + 1})")
    return values


_MISSING = object()


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')


def _index(x):
    if isinstance(x, int):
        return int(x)
    if hasattr(type(x), '__index__'):
        return type(x).__index__(x)
    raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")


class count:
    __slots__ = ('_n', '_step')

    def __init__(self, *args, **kwargs):
        start, step = _bind("count", args, kwargs, ["start", "step"], 0)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {step!r})"


class cycle:
    __slots__ = ('_it', '_saved', '_index', '_firstpass')

    def __init__(self, *args, **kwargs):
        _no_keywords("cycle", kwargs)
        _expect("cycle", args, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                if self._firstpass:
                    self._saved.append(item)
                return item
            self._it = None
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    __slots__ = ('_object', '_count')

    def __init__(self, *args, **kwargs):
        obj, times = _bind("repeat", args, kwargs, ["object", "times"], 1)
        self._object = obj
        if times is _MISSING:
            self._count = -1
        else:
            self._count = max(_index(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._count == 0:
            raise StopIteration
        if self._count > 0:
            self._count -= 1
        return self._object

    def __length_hint__(self):
        if self._count < 0:
            raise TypeError("len() of unsized object")
        return self._count

    def __repr__(self):
        if self._count < 0:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._count})"


class accumulate:
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError(f"accumulate() takes at most 2 positional arguments ({len(args)} given)")
        initial = kwargs.pop('initial', None)
        iterable, func = _bind("accumulate", args, kwargs, ["iterable", "func"], 1)
        self._it = iter(iterable)
        self._func = None if func is _MISSING else func
        self._total = _MISSING
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _MISSING:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    __slots__ = ('_source', '_active')

    def __init__(self, *iterables, **kwargs):
        _no_keywords("chain", kwargs)
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, *args):
        if len(args) != 1:
            raise TypeError(f"chain.from_iterable() takes exactly one argument ({len(args)} given)")
        self = cls()
        self._source = iter(args[0])
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                for iterable in self._source:
                    self._active = iter(iterable)
                    break
                else:
                    self._source = None
                    raise StopIteration
            for item in self._active:
                return item
            self._active = None


class compress:
    __slots__ = ('_data', '_selectors')

    def __init__(self, *args, **kwargs):
        data, selectors = _bind("compress", args, kwargs, ["data", "selectors"], 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            if next(self._selectors):
                return datum


class dropwhile:
    __slots__ = ('_pred', '_it', '_dropping')

    def __init__(self, *args, **kwargs):
        _no_keywords("dropwhile", kwargs)
        _expect("dropwhile", args, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        for item in self._it:
            if self._dropping:
                if self._pred(item):
                    continue
                self._dropping = False
            return item
        raise StopIteration


class takewhile:
    __slots__ = ('_pred', '_it', '_stopped')

    def __init__(self, *args, **kwargs):
        _no_keywords("takewhile", kwargs)
        _expect("takewhile", args, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse:
    __slots__ = ('_pred', '_it')

    def __init__(self, *args, **kwargs):
        _no_keywords("filterfalse", kwargs)
        _expect("filterfalse", args, 2)
        self._pred = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        for item in self._it:
            if not (bool(item) if pred is None else pred(item)):
                return item
        raise StopIteration


class starmap:
    __slots__ = ('_func', '_it')

    def __init__(self, *args, **kwargs):
        _no_keywords("starmap", kwargs)
        _expect("starmap", args, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        return self._func(*tuple(next(self._it)))


class pairwise:
    __slots__ = ('_it', '_old')

    def __init__(self, *args, **kwargs):
        _no_keywords("pairwise", kwargs)
        _expect("pairwise", args, 1)
        self._it = iter(args[0])
        self._old = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        if self._old is _MISSING:
            for self._old in self._it:
                break
            else:
                self._it = None
                raise StopIteration
        for new in self._it:
            old = self._old
            self._old = new
            return (old, new)
        self._it = None
        self._old = _MISSING
        raise StopIteration


def _islice_index(value, what):
    if value is None:
        return None
    if isinstance(value, int) or hasattr(type(value), '__index__'):
        value = _index(value)
        if value >= 0:
            return value
    if what == "Step":
        raise ValueError("Step for islice() must be a positive integer or None.")
    raise ValueError(f"{what} for islice() must be None or an integer: 0 <= x <= sys.maxsize.")


class islice:
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, *args, **kwargs):
        _no_keywords("islice", kwargs)
        if len(args) < 2:
            raise TypeError(f"islice expected at least 2 arguments, got {len(args)}")
        if len(args) > 4:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args)}")
        if len(args) == 2:
            start, stop, step = None, args[1], None
            stop = _islice_index(stop, "Stop argument")
        else:
            start, stop = args[1], args[2]
            step = args[3] if len(args) == 4 else None
            start = _islice_index(start, "Indices")
            stop = _islice_index(stop, "Stop argument")
        if start is None:
            start = 0
        if step is None:
            step = 1
        elif not (isinstance(step, int) or hasattr(type(step), '__index__')) or _index(step) < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        else:
            step = _index(step)
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        old = self._next
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class zip_longest:
    __slots__ = ('_its', '_active', '_fill')

    def __init__(self, *iterables, **kwargs):
        fill = None
        for key, value in kwargs.items():
            if key != 'fillvalue':
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fill = value
        self._its = [iter(i) for i in iterables]
        self._active = len(self._its)
        self._fill = fill

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(self._its):
            if it is None:
                result.append(self._fill)
                continue
            for item in it:
                result.append(item)
                break
            else:
                self._active -= 1
                if not self._active:
                    raise StopIteration
                self._its[i] = None
                result.append(self._fill)
        return tuple(result)


class product:
    __slots__ = ('_pools', '_indices', '_result', '_stopped')

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for key, value in kwargs.items():
            if key != 'repeat':
                raise TypeError(f"'{key}' is an invalid keyword argument for product()")
            repeat = _index(value)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._pools = pools
        self._indices = [0] * len(pools)
        self._result = None
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if self._result is None:
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
            self._result = [pool[0] for pool in pools]
            return tuple(self._result)
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            indices[i] += 1
            if indices[i] < len(pool):
                self._result[i] = pool[indices[i]]
                return tuple(self._result)
            indices[i] = 0
            self._result[i] = pool[0]
            i -= 1
        self._stopped = True
        raise StopIteration


def _r_argument(name, args, kwargs, required):
    iterable, r = _bind(name, args, kwargs, ["iterable", "r"], 2 if required else 1)
    pool = tuple(iterable)
    if r is _MISSING or r is None:
        if required:
            raise TypeError(f"{name}() missing required argument 'r' (pos 2)")
        r = len(pool)
    else:
        r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return pool, r


class combinations:
    __slots__ = ('_pool', '_r', '_indices', '_first')

    def __init__(self, *args, **kwargs):
        self._pool, self._r = _r_argument("combinations", args, kwargs, True)
        self._indices = list(range(self._r))
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if indices is None or r > n:
            raise StopIteration
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._indices = None
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[i] for i in indices)


class combinations_with_replacement:
    __slots__ = ('_pool', '_r', '_indices', '_first')

    def __init__(self, *args, **kwargs):
        self._pool, self._r = _r_argument("combinations_with_replacement", args, kwargs, True)
        self._indices = [0] * self._r
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if indices is None or (not n and r):
            raise StopIteration
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._indices = None
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[i] for i in indices)


class permutations:
    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_first')

    def __init__(self, *args, **kwargs):
        self._pool, self._r = _r_argument("permutations", args, kwargs, False)
        n = len(self._pool)
        self._indices = list(range(n))
        self._cycles = list(range(n, n - self._r, -1))
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if indices is None or r > n:
            raise StopIteration
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices[:r])
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[i] for i in indices[:r])
        self._indices = None
        raise StopIteration


class _grouper:
    __slots__ = ('_parent', '_key')

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if parent._currkey != self._key:
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        return value


class groupby:
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_current')

    def __init__(self, *args, **kwargs):
        iterable, key = _bind("groupby", args, kwargs, ["iterable", "key"], 1)
        self._it = iter(iterable)
        self._keyfunc = None if key is _MISSING else key
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._current = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._current = None
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            elif self._tgtkey != self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._current = grouper
        return (self._currkey, grouper)


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = _MISSING
        self.next = None


class _tee:
    __slots__ = ('_source', '_link')

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        other = _tee.__new__(_tee)
        other._source = self._source
        other._link = self._link
        return other


def tee(*args, **kwargs):
    _no_keywords("tee", kwargs)
    if not 1 <= len(args) <= 2:
        raise TypeError(f"tee expected at {'least 1' if not args else 'most 2'} argument"
                        f"{'' if not args else 's'}, got {len(args)}")
    n = _index(args[1]) if len(args) == 2 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(args[0])
    if n == 0:
        return ()
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee.__new__(_tee)
        first._source = it
        first._link = _tee_link()
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)
