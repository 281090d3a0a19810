"""The methods @dataclass adds to a class, made as closures over its fields.

CPython writes them as source text and runs exec(); their argument errors come from the
call itself, with no frame. refpy's frames for this module stay out of tracebacks (it is
listed with the modules that stand for C code), so the errors read the same.
"""


def _names_text(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init,
              HAS_DEFAULT_FACTORY, MISSING, FIELD_INITVAR, FIELD_CLASSVAR):
    qualname = f'{cls.__qualname__}.__init__'
    positional = [f.name for f in std_fields]
    keyword_only = [f.name for f in kw_fields]
    params = {}
    for f in std_fields + kw_fields:
        if f.default_factory is not MISSING:
            params[f.name] = HAS_DEFAULT_FACTORY
        else:
            params[f.name] = f.default
    n_defaults = sum(1 for name in positional if params[name] is not MISSING)
    initvars = [f.name for f in all_fields if f._field_type is FIELD_INITVAR]
    setattr_ = object.__setattr__
    # Every field a plain positional parameter: a call that gives them all by position
    # needs no binding.
    plain = (not frozen and not initvars and not keyword_only
             and [f.name for f in all_fields] == positional
             and all(f.default_factory is MISSING for f in all_fields))
    n_positional = len(positional)

    def __init__(self, *args, **kwargs):
        if plain and not kwargs and len(args) == n_positional:
            for name, value in zip(positional, args):
                setattr(self, name, value)
            if has_post_init:
                self.__post_init__()
            return
        # Bound as CPython binds a call: positional values, then keywords, then the
        # counts, then what is missing.
        values = {}
        for name, value in zip(positional, args):
            values[name] = value
        for name, value in kwargs.items():
            if name not in params:
                raise TypeError(f'{qualname}() got an unexpected keyword argument {name!r}')
            if name in values:
                raise TypeError(f'{qualname}() got multiple values for argument {name!r}')
            values[name] = value
        if len(args) > len(positional):
            expected = len(positional) + 1
            if n_defaults:
                took = f'from {expected - n_defaults} to {expected}'
            else:
                took = f'{expected}'
            given = len(args) + 1
            kw_given = sum(1 for name in keyword_only if name in kwargs)
            plural = 's' if expected != 1 else ''
            if kw_given:
                kw_plural = 's' if kw_given != 1 else ''
                raise TypeError(
                    f'{qualname}() takes {took} positional argument{plural} but {given} '
                    f'positional argument{"s" if given != 1 else ""} (and {kw_given} '
                    f'keyword-only argument{kw_plural}) were given'
                )
            raise TypeError(
                f'{qualname}() takes {took} positional argument{plural} but {given} '
                f'{"was" if given == 1 else "were"} given'
            )
        for kind, names in (('positional', positional), ('keyword-only', keyword_only)):
            missing = [n for n in names if n not in values and params[n] is MISSING]
            if missing:
                raise TypeError(
                    f'{qualname}() missing {len(missing)} required {kind} '
                    f'argument{"s" if len(missing) != 1 else ""}: {_names_text(missing)}'
                )
        for f in all_fields:
            name = f.name
            if f.default_factory is not MISSING:
                if f.init:
                    value = values.get(name, HAS_DEFAULT_FACTORY)
                    if value is HAS_DEFAULT_FACTORY:
                        value = f.default_factory()
                else:
                    value = f.default_factory()
            elif f.init:
                value = values[name] if name in values else f.default
            else:
                continue
            if f._field_type is FIELD_INITVAR:
                continue
            if frozen:
                setattr_(self, name, value)
            else:
                setattr(self, name, value)
        if has_post_init:
            self.__post_init__(*[values.get(n, params.get(n)) for n in initvars])

    __init__.__qualname__ = qualname
    return __init__


_repr_running = set()


def make_repr(cls, fields):
    names = [f.name for f in fields]

    def __repr__(self):
        # A value that holds the instance itself shows as '...'.
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [f'{name}={getattr(self, name)!r}' for name in names]
        finally:
            _repr_running.discard(key)
        return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'

    __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
    return __repr__


def make_eq(cls, fields):
    names = [f.name for f in fields]

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (tuple([getattr(self, n) for n in names])
                    == tuple([getattr(other, n) for n in names]))
        return NotImplemented

    __eq__.__qualname__ = f'{cls.__qualname__}.__eq__'
    return __eq__


def make_order(cls, name, fields):
    names = [f.name for f in fields]
    if name == '__lt__':
        def compare(a, b):
            return a < b
    elif name == '__le__':
        def compare(a, b):
            return a <= b
    elif name == '__gt__':
        def compare(a, b):
            return a > b
    else:
        def compare(a, b):
            return a >= b

    def method(self, other):
        if other.__class__ is self.__class__:
            return compare(tuple([getattr(self, n) for n in names]),
                           tuple([getattr(other, n) for n in names]))
        return NotImplemented

    method.__name__ = name
    method.__qualname__ = f'{cls.__qualname__}.{name}'
    return method


def make_frozen(cls, fields, FrozenInstanceError):
    names = tuple(fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    __setattr__.__qualname__ = f'{cls.__qualname__}.__setattr__'
    __delattr__.__qualname__ = f'{cls.__qualname__}.__delattr__'
    return [('__setattr__', __setattr__), ('__delattr__', __delattr__)]


def make_hash(cls, fields):
    names = [f.name for f in fields]

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))

    __hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
    return __hash__


_ATOMIC = (type(None), bool, int, float, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(len), type(make_hash))


def deepcopy(obj, memo=None):
    """copy.deepcopy for what asdict() and astuple() meet: containers, plain instances."""
    if memo is None:
        memo = {}
    if isinstance(obj, _ATOMIC) and type(obj) in _ATOMIC:
        return obj
    key = id(obj)
    if key in memo:
        return memo[key]
    copier = getattr(type(obj), '__deepcopy__', None)
    if copier is not None:
        result = copier(obj, memo)
    elif type(obj) is list:
        result = []
        memo[key] = result
        for item in obj:
            result.append(deepcopy(item, memo))
    elif type(obj) is tuple:
        items = [deepcopy(item, memo) for item in obj]
        if key in memo:
            return memo[key]
        result = obj if all(a is b for a, b in zip(items, obj)) else tuple(items)
    elif type(obj) is dict:
        result = {}
        memo[key] = result
        for k, v in obj.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif type(obj) in (set, frozenset):
        result = type(obj)(deepcopy(item, memo) for item in obj)
    elif hasattr(type(obj), '_fields') and hasattr(type(obj), '_make'):
        result = type(obj)(*[deepcopy(item, memo) for item in obj])
    elif not hasattr(obj, '__dict__'):
        result = obj
    else:
        result = object.__new__(type(obj))
        memo[key] = result
        state = deepcopy(obj.__dict__, memo)
        result.__dict__.update(state)
    memo[key] = result
    return result
