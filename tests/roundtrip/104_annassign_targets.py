class O:
    pass


o = O()
o.a: int = 1
d = {}
d['k']: int = 2
o.b: str
