class Guard:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print("exit sees", typ.__name__, val)
        raise RuntimeError("exit failed too")


with Guard():
    {}["key"]
