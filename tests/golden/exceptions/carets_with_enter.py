class Guard:
    def __enter__(self):
        raise RuntimeError("cannot enter")

    def __exit__(self, *args):
        return False


def run():
    with Guard() as g:
        print("body", g)


run()
