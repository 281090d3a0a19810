class Guard:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        raise RuntimeError("exit failed")


def run():
    with Guard():
        print("body")


run()
