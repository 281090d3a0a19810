"""refpy's abc: ABC and abstractmethod. refpy has no metaclasses yet, so ABC computes a
class's abstract methods when the class is made (`__init_subclass__`) and refuses to
instantiate it in `__new__`, with CPython's message."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (value.fget, value.fset, value.fdel))
    return False


def _abstract_names(cls):
    names = set()
    for name, value in vars(cls).items():
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        cls.__abstractmethods__ = _abstract_names(cls)

    def __new__(cls, *args, **kwargs):
        names = sorted(cls.__abstractmethods__)
        if names:
            plural = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{plural} {', '.join(names)}")
        return object.__new__(cls)


ABC.__abstractmethods__ = frozenset()
