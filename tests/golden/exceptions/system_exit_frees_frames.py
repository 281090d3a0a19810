class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


g = D("global_g")


def stop():
    loc = D("stop_local")
    raise SystemExit(2)


stop()
