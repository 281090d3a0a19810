"""refpy's operator: the functions come from the built-in `_operator`; attrgetter,
itemgetter and methodcaller are classes here, with CPython 3.11's messages and reprs."""

import _operator

for _name, _value in vars(_operator).items():
    if not _name.startswith('_'):
        globals()[_name] = _value
        if _name not in ('countOf', 'indexOf', 'is_', 'is_not', 'length_hint', 'truth'):
            globals()['__' + _name.rstrip('_') + '__'] = _value
del _name, _value


def _one_call_argument(name, args, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"{name} expected 1 argument, got {len(args)}")
    return args[0]


class attrgetter:
    __slots__ = ('_attrs',)

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs

    def __call__(self, *args, **kwargs):
        obj = _one_call_argument("attrgetter", args, kwargs)
        if len(self._attrs) == 1:
            return _resolve(obj, self._attrs[0])
        return tuple(_resolve(obj, attr) for attr in self._attrs)

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"


def _resolve(obj, attr):
    for name in attr.split('.'):
        obj = getattr(obj, name)
    return obj


class itemgetter:
    __slots__ = ('_items',)

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items

    def __call__(self, *args, **kwargs):
        obj = _one_call_argument("itemgetter", args, kwargs)
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"


class methodcaller:
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        if not isinstance(args[0], str):
            raise TypeError("method name must be a string")
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        obj = _one_call_argument("methodcaller", args, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend(f'{k}={v!r}' for k, v in self._kwargs.items())
        return f"operator.methodcaller({', '.join(args)})"


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


__call__ = call
