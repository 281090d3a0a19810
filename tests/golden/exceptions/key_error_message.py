d = {}
try:
    d["k"]
except KeyError as e:
    print("str:", str(e), "repr:", repr(e))
d[("a", 1)]
