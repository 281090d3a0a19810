def f():
    from . import a
    from .. import b as c
    from .mod import x
    from ..pkg.mod import y as z
    from ... import w


from .m import *
