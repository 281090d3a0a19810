class CM:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *a):
        pass


with CM() as (a, b):
    pass
with CM() as [c, d]:
    pass
class O:
    pass


o = O()
with CM() as o.x:
    pass
