class O:
    pass


o = O()
o.match = 1
o.case = 2
o.type = 3
match = 1
case = 2
type = 3
print(o.match, match, case, type)
