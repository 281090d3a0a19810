try:
    raise ValueError
except ValueError:
    pass
try:
    raise ValueError('x')
except ValueError as e:
    try:
        raise TypeError() from e
    except TypeError:
        pass
try:
    raise KeyError from None
except KeyError:
    pass
