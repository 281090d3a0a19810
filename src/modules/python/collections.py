"""refpy's collections: deque, defaultdict, OrderedDict, Counter and namedtuple, with
CPython 3.11's reprs and messages. refpy cannot subclass dict or tuple yet, so the mapping
types keep their items in a dict they own and namedtuple classes keep theirs in a tuple;
`isinstance(x, dict)` and `isinstance(p, tuple)` are False for them (docs/divergences.md)."""

_MISSING = object()


def _type_name(obj):
    return type(obj).__name__


# ---------------------------------------------------------------- deque

class deque:
    """A double-ended queue. Items sit in a dict keyed by position (`_head` <= i < `_tail`):
    a dying deque then releases them from the left, as CPython's does, because a dict
    releases in insertion order. Popping stores None in the freed slot (replacing a value
    is O(1), removing a dict key is not) and the dict is rebuilt once those slots outnumber
    the items; `appendleft` rebuilds it with free slots in front when it runs out of them."""

    __slots__ = ('_d', '_head', '_tail', '_maxlen', '__weakref__')

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError(f"deque() takes at most 2 arguments ({len(args) + len(kwargs)} given)")
        iterable = args[0] if args else kwargs.pop('iterable', ())
        maxlen = args[1] if len(args) > 1 else kwargs.pop('maxlen', None)
        for key in kwargs:
            raise TypeError(f"'{key}' is an invalid keyword argument for deque()")
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._d = {}
        self._head = 0
        self._tail = 0
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _live(self):
        """The items as a list, left to right."""
        d = self._d
        return [d[i] for i in range(self._head, self._tail)]

    def _reset(self, items):
        """Replaces the contents with `items`, in position order."""
        self._d = dict(enumerate(items))
        self._head = 0
        self._tail = len(items)

    def _freed(self):
        """After a pop: drops the freed slots once they outnumber the items."""
        live = self._tail - self._head
        if live == 0:
            self._d = {}
            self._head = self._tail = 0
        elif len(self._d) > 2 * live + 16:
            d = self._d
            self._d = {i: d[i] for i in range(self._head, self._tail)}

    def append(self, x, /):
        if self._maxlen is not None and self._tail - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        self._d[self._tail] = x
        self._tail += 1

    def appendleft(self, x, /):
        if self._maxlen is not None and self._tail - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        self._head -= 1
        d = self._d
        if self._head not in d and self._tail - self._head > 1:
            # Keep the dict in position order: rebuild it with free slots in front, which
            # the next appendleft calls fill in place.
            pad = max(16, self._tail - self._head)
            new = {i: None for i in range(self._head - pad + 1, self._head + 1)}
            for i in range(self._head + 1, self._tail):
                new[i] = d[i]
            self._d = d = new
        d[self._head] = x

    def pop(self, /):
        if self._tail == self._head:
            raise IndexError("pop from an empty deque")
        self._tail -= 1
        d = self._d
        item = d[self._tail]
        d[self._tail] = None
        self._freed()
        return item

    def popleft(self, /):
        if self._tail == self._head:
            raise IndexError("pop from an empty deque")
        d = self._d
        item = d[self._head]
        d[self._head] = None
        self._head += 1
        self._freed()
        return item

    def extend(self, iterable, /):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable, /):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self, /):
        # Items die from the left, as in CPython.
        while self._tail > self._head:
            self.popleft()

    def copy(self, /):
        return deque(self, self._maxlen)

    __copy__ = copy

    def count(self, x, /):
        n = 0
        for item in self._live():
            if item is x or item == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None, /):
        items = self._live()
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x, /):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._live()
        items.insert(i, x)
        self._reset(items)

    def remove(self, value, /):
        items = self._live()
        for i in range(len(items)):
            if items[i] is value or items[i] == value:
                del items[i]
                self._reset(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self, /):
        items = self._live()
        items.reverse()
        self._reset(items)

    def rotate(self, n=1, /):
        if not isinstance(n, int):
            raise TypeError(f"'{_type_name(n)}' object cannot be interpreted as an integer")
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = self._live()
            self._reset(items[-n:] + items[:-n])

    def __len__(self):
        return self._tail - self._head

    def __bool__(self):
        return self._tail > self._head

    def __iter__(self):
        return iter(self._live())

    def __reversed__(self):
        return reversed(self._live())

    def __contains__(self, x):
        for item in self._live():
            if item is x or item == x:
                return True
        return False

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{_type_name(i)}'")
        n = self._tail - self._head
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._d[self._index(i)]

    def __setitem__(self, i, x):
        self._d[self._index(i)] = x

    def __delitem__(self, i):
        items = self._live()
        del items[self._index(i) - self._head]
        self._reset(items)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() == other._live()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() != other._live()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() < other._live()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() <= other._live()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() > other._live()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() >= other._live()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{_type_name(other)}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = deque((), self._maxlen)
        for _ in range(n):
            result.extend(self)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    def __repr__(self):
        if self._maxlen is None:
            return f"deque({list(self)!r})"
        return f"deque({list(self)!r}, maxlen={self._maxlen})"


# ---------------------------------------------------------------- mappings

class _DictWrapper:
    """The dict methods, delegated to the dict in `_data`."""

    __slots__ = ('_data', '__weakref__')

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(self._data)

    def __contains__(self, key):
        return key in self._data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            if hasattr(type(self), '__missing__'):
                return self.__missing__(key)
            raise

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def get(self, key, default=None, /):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None, /):
        return self._data.setdefault(key, default)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"update expected at most 1 argument, got {len(args)}")
        if args:
            other = args[0]
            if isinstance(other, _DictWrapper):
                other = other._data
            self._data.update(other)
        if kwargs:
            self._data.update(kwargs)

    def clear(self):
        self._data.clear()

    def __bool__(self):
        return bool(self._data)

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            other = other._data
        elif not isinstance(other, dict):
            return NotImplemented
        return self._data == other

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


class defaultdict(_DictWrapper):
    __slots__ = ('default_factory',)

    def __init__(self, *args, **kwargs):
        factory = args[0] if args else None
        if factory is not None and not callable(factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = factory
        self._data = dict(*args[1:], **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            pass
        return self.__missing__(key)

    def copy(self):
        return defaultdict(self.default_factory, self._data)

    __copy__ = copy

    def __repr__(self):
        factory = self.default_factory
        return f"defaultdict({'None' if factory is None else repr(factory)}, {self._data!r})"


class OrderedDict(_DictWrapper):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"expected at most 1 arguments, got {len(args)}")
        self._data = {}
        self.update(*args, **kwargs)

    def popitem(self, last=True):
        if not self._data:
            raise KeyError('dictionary is empty')
        key = next(reversed(self._data)) if last else next(iter(self._data))
        return (key, self._data.pop(key))

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = list(self._data.items())
            self._data.clear()
            self._data[key] = value
            self._data.update(rest)

    def copy(self):
        return OrderedDict(self._data)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return self._data == other._data and list(self._data) == list(other._data)
        return _DictWrapper.__eq__(self, other)

    def __repr__(self):
        if not self._data:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self._data.items())!r})"


class Counter(_DictWrapper):
    __slots__ = ()

    def __init__(self, iterable=None, /, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def __getitem__(self, key):
        return self._data.get(key, 0)

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        items = sorted(self._data.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        return items[:n]

    def elements(self):
        for key, count in self._data.items():
            for _ in range(count):
                yield key

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        data = self._data
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for elem, count in iterable.items():
                    data[elem] = count + data.get(elem, 0)
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        data = self._data
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for elem, count in iterable.items():
                    data[elem] = data.get(elem, 0) - count
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self._data:
            del self._data[elem]

    def __repr__(self):
        if not self._data:
            return f'{type(self).__name__}()'
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self.most_common())
        return f'{type(self).__name__}({{{items}}})'

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return _DictWrapper.__eq__(self, other)
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return _DictWrapper.__ne__(self, other)
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def _keep_positive(self):
        for elem in [elem for elem, count in self._data.items() if not count > 0]:
            del self._data[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


# ---------------------------------------------------------------- namedtuple

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield'])


class _NamedTuple:
    """The behaviour every namedtuple class shares; the values sit in the tuple `_tuple`."""

    __slots__ = ('_tuple',)

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        name = cls.__name__
        n = len(fields)
        if len(args) > n:
            defaults = len(cls._field_defaults)
            if defaults:
                takes = f"from {n - defaults + 1} to {n + 1} positional arguments"
            else:
                takes = f"{n + 1} positional argument{'' if n == 0 else 's'}"
            raise TypeError(f"{name}.__new__() takes {takes} but {len(args) + 1} were given")
        values = list(args) + [_MISSING] * (n - len(args))
        for key, value in kwargs.items():
            if key not in fields:
                raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{key}'")
            i = fields.index(key)
            if values[i] is not _MISSING:
                raise TypeError(f"{name}.__new__() got multiple values for argument '{key}'")
            values[i] = value
        missing = []
        for i in range(n):
            if values[i] is _MISSING:
                if fields[i] in cls._field_defaults:
                    values[i] = cls._field_defaults[fields[i]]
                else:
                    missing.append(fields[i])
        if missing:
            names = [repr(m) for m in missing]
            if len(names) == 1:
                listed = names[0]
            else:
                listed = ', '.join(names[:-1]) + (',' if len(names) > 2 else '') + ' and ' + names[-1]
            raise TypeError(f"{name}.__new__() missing {len(missing)} required positional "
                            f"argument{'' if len(missing) == 1 else 's'}: {listed}")
        self._tuple = tuple(values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(values)}')
        return cls(*values)

    def _replace(self, /, **kwds):
        values = list(self._tuple)
        for key, value in kwds.items():
            if key in self._fields:
                values[self._fields.index(key)] = value
        unknown = [key for key in kwds if key not in self._fields]
        if unknown:
            raise ValueError(f'Got unexpected field names: {unknown!r}')
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(self._fields, self._tuple))

    def __getnewargs__(self):
        return self._tuple

    def __repr__(self):
        parts = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self._tuple))
        return f'{type(self).__name__}({parts})'

    def __len__(self):
        return len(self._tuple)

    def __iter__(self):
        return iter(self._tuple)

    def __getitem__(self, index):
        return self._tuple[index]

    def __contains__(self, value):
        return value in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def __eq__(self, other):
        if isinstance(other, _NamedTuple):
            other = other._tuple
        elif not isinstance(other, tuple):
            return NotImplemented
        return self._tuple == other

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __lt__(self, other):
        if isinstance(other, _NamedTuple):
            other = other._tuple
        elif not isinstance(other, tuple):
            return NotImplemented
        return self._tuple < other

    def __le__(self, other):
        if isinstance(other, _NamedTuple):
            other = other._tuple
        elif not isinstance(other, tuple):
            return NotImplemented
        return self._tuple <= other

    def __gt__(self, other):
        if isinstance(other, _NamedTuple):
            other = other._tuple
        elif not isinstance(other, tuple):
            return NotImplemented
        return self._tuple > other

    def __ge__(self, other):
        if isinstance(other, _NamedTuple):
            other = other._tuple
        elif not isinstance(other, tuple):
            return NotImplemented
        return self._tuple >= other

    def __add__(self, other):
        if isinstance(other, _NamedTuple):
            other = other._tuple
        return self._tuple + other

    def __radd__(self, other):
        return other + self._tuple

    def __mul__(self, n):
        return self._tuple * n

    __rmul__ = __mul__

    def count(self, value, /):
        return self._tuple.count(value)

    def index(self, value, *args):
        return self._tuple.index(value, *args)


def _field_getter(index):
    def get(self):
        return self._tuple[index]
    return property(get, doc=f'Alias for field number {index}')


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))
    namespace = {
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__slots__': (),
        '_fields': tuple(field_names),
        '_field_defaults': field_defaults,
        '__match_args__': tuple(field_names),
    }
    for index, name in enumerate(field_names):
        namespace[name] = _field_getter(index)
    result = type(typename, (_NamedTuple,), namespace)
    if module is None:
        module = '__main__'
    result.__module__ = module
    return result
