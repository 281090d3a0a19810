"""The struct-like values of refpy's sys module: sys.version_info, sys.implementation and
the type of what sys.get_asyncgen_hooks() returns. As in CPython, version_info and
asyncgen_hooks are tuple subclasses with named fields."""

import sys


class _StructSeq(tuple):
    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self))
        # CPython's name for the type: "sys.version_info", but "asyncgen_hooks".
        module = type(self).__module__
        prefix = '' if module == 'builtins' else module + '.'
        return f'{prefix}{type(self).__name__}({fields})'


def _field(index):
    return property(lambda self: tuple.__getitem__(self, index))


class version_info(_StructSeq):
    __slots__ = ()
    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')
    major = _field(0)
    minor = _field(1)
    micro = _field(2)
    releaselevel = _field(3)
    serial = _field(4)


version_info.__module__ = 'sys'


class asyncgen_hooks(_StructSeq):
    __slots__ = ()
    _fields = ('firstiter', 'finalizer')
    firstiter = _field(0)
    finalizer = _field(1)


asyncgen_hooks.__module__ = 'builtins'


class _Namespace:
    """CPython's types.SimpleNamespace, as sys.implementation is one."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        items = ', '.join(f'{name}={value!r}' for name, value in vars(self).items())
        return f'namespace({items})'

    def __eq__(self, other):
        if not isinstance(other, _Namespace):
            return NotImplemented
        return vars(self) == vars(other)


_namespace = _Namespace
_namespace.__name__ = _namespace.__qualname__ = 'SimpleNamespace'
_namespace.__module__ = 'types'

sys.version_info = version_info(3, 11, 7, 'final', 0)
sys.hexversion = 0x030B07F0
sys.version = '3.11.7 (refpy 0.1.0)'
sys.implementation = _namespace(name='refpy', cache_tag=None, version=sys.version_info,
                                hexversion=sys.hexversion)
