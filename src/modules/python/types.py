"""refpy's types: names for the interpreter's built-in types (from `_types`, without
making an object of each kind), `SimpleNamespace`, and the helpers that create classes
as a class statement would (`new_class`, `prepare_class`, `resolve_bases`)."""

from _types import (FunctionType, MethodType, BuiltinFunctionType, GeneratorType,
                    CoroutineType, AsyncGeneratorType, ModuleType, CodeType, CellType,
                    FrameType, TracebackType, NoneType, NotImplementedType,
                    EllipsisType, MappingProxyType)
from _namespace import SimpleNamespace

LambdaType = FunctionType
BuiltinMethodType = BuiltinFunctionType

__all__ = ['FunctionType', 'LambdaType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'ModuleType', 'CodeType', 'CellType', 'FrameType',
           'TracebackType', 'NoneType', 'NotImplementedType', 'EllipsisType',
           'MappingProxyType',
           'SimpleNamespace', 'new_class', 'prepare_class', 'resolve_bases']


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way a class statement would."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


def resolve_bases(bases):
    """Replace the bases that are not classes by what their __mro_entries__ gives."""
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            result.append(base)
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        result.extend(entries)
    return tuple(result) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, namespace and remaining keywords for a new class."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def _most_derived_metaclass(meta, bases):
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if not issubclass(candidate, winner):
            raise TypeError('metaclass conflict: the metaclass of a derived class must '
                            'be a (non-strict) subclass of the metaclasses of all its '
                            'bases')
        winner = candidate
    return winner
