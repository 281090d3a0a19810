def f(*args):
    return args


def g(**kwargs):
    return kwargs


def h(a, *args, **kwargs):
    return a, args, kwargs
