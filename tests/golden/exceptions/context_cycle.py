def cycle():
    try:
        raise ValueError("first")
    except ValueError as a:
        try:
            raise TypeError("second")
        except TypeError as b:
            a.__context__ = b
            raise a


cycle()
