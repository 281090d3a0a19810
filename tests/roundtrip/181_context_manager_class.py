class CM:
    def __enter__(self):
        print('enter')
        return 42

    def __exit__(self, typ, val, tb):
        print('exit', typ)
        return True


with CM() as v:
    raise ValueError(v)
