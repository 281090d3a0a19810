# refpy: xfail refpy reports this construct as not supported
ns = {}
exec("x = 6 * 7", ns)
print(ns["x"])
