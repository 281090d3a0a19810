class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


with CM():
    pass
with CM() as c:
    pass
with CM() as a, CM() as b:
    pass
with CM(), CM() as d, CM():
    pass
