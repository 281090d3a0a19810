a = [1]
a[0] += 1
d = {'k': 1}
d['k'] *= 3
class O:
    v = 1


O.v -= 1
x = 1
x += 1, 2 if False else 3
