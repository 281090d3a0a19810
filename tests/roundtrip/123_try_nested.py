try:
    try:
        raise ValueError
    finally:
        print('inner')
except ValueError as err:
    try:
        pass
    except Exception:
        raise
    else:
        print(err)
