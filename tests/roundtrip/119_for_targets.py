for a, *b in [[1, 2, 3]]:
    pass
class O:
    pass


o = O()
for o.x in range(2):
    pass
d = {}
for d['k'] in range(2):
    pass
for [p, q] in [(1, 2)]:
    pass
