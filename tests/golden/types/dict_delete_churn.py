# many inserts and deletes keep dict order, popitem order, len and lookups correct
d = {}
for round_ in range(30):
    for i in range(round_ * 10, round_ * 10 + 50):
        d[i] = round_
    for i in range(round_ * 10, round_ * 10 + 40):
        if i in d:
            del d[i]
print(len(d), list(d)[:10], list(d)[-5:])
print(sum(d.values()), min(d), max(d))
s = {}
for i in range(1000):
    s[str(i)] = i
    if i % 3 == 0:
        del s[str(i // 2)]
print(len(s), list(s)[:8], s.get("999"), "500" in s)
while len(s) > 5:
    s.popitem()
print(s)
d.clear()
d["x"] = 1
print(d, len(d))
keys = list(range(100))
e = dict.fromkeys(keys)
for k in keys[::2]:
    del e[k]
for k in keys[::4]:
    e[k] = "back"
print(list(e.items())[-5:], len(e))
