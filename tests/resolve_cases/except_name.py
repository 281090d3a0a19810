def f():
    try:
        pass
    except ValueError as err:
        saved = err
    return saved
