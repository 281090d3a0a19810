"""The struct-like values of refpy's sys module: sys.version_info and sys.implementation.
As in CPython, version_info is a tuple subclass with named fields."""

import sys


class _StructSeq(tuple):
    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self))
        return f'sys.{type(self).__name__}({fields})'


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
