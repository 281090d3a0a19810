def f():
    import math
    from functools import reduce
    return math.pi, reduce
