class D:
    def __del__(self):
        raise RuntimeError("del failed")


def boom():
    loc = D()
    raise ValueError("uncaught")


boom()
