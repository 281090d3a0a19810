"""`types.SimpleNamespace`, which CPython writes in C: an object whose attributes are its
keyword arguments, shown as `namespace(a=1)` and equal to another with the same
attributes."""

_in_repr = set()


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        # A subclass shows its own name; a namespace inside itself shows as `(...)`.
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _in_repr:
            return name + '(...)'
        _in_repr.add(id(self))
        try:
            fields = []
            for key, value in self.__dict__.items():
                if isinstance(key, str) and key:
                    fields.append('%s=%r' % (key, value))
            return '%s(%s)' % (name, ', '.join(fields))
        finally:
            _in_repr.discard(id(self))

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), self.__dict__)


SimpleNamespace.__module__ = 'types'
