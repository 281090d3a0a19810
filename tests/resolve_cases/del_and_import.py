def f():
    import os.path
    import sys as system
    from collections import deque as dq, OrderedDict
    del dq
    return os, system, OrderedDict
