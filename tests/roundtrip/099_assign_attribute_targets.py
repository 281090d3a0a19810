class O:
    pass


o = O()
o.x = 1
o.y = o.z = 2
o.x, o.y = o.y, o.x
(o).w = 3
