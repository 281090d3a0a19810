class O:
    pass


o = O()
o.a = 1
o.b = 2
del o.a
del o.b,
