def risky():
    raise RuntimeError("disk")


def wrapper():
    try:
        risky()
    except RuntimeError:
        print("logging and re-raising")
        raise


wrapper()
