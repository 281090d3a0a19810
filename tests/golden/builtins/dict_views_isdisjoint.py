# isdisjoint on dict keys and items views, with sets, views, lists and iterators
d = {1: "a", 2: "b"}
k, it = d.keys(), d.items()
print(k.isdisjoint({5}), k.isdisjoint([1]), k.isdisjoint(iter([9, 8])), k.isdisjoint(k))
print({}.keys().isdisjoint({}.keys()), k.isdisjoint({3: 0}.keys()), k.isdisjoint({2: 0}))
print(it.isdisjoint([(1, "a")]), it.isdisjoint({(1, "b")}), it.isdisjoint({2: "b"}.items()))
print(k.isdisjoint(range(3, 100)), k.isdisjoint(x for x in [0, 2]))
for bad in (lambda: k.isdisjoint(), lambda: k.isdisjoint(1, 2), lambda: k.isdisjoint(5),
            lambda: k.isdisjoint([[1]]), lambda: it.isdisjoint(3)):
    try:
        bad()
    except TypeError as e:
        print(e)
print(hasattr(d.values(), "isdisjoint"))
