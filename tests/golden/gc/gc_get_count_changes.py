# gc.get_count(): allocations of container objects minus deallocations since the last
# collection (read without printing in between: CPython's own print allocates objects).
import gc
class C:
    pass
gc.collect()
gc.get_count(); gc.get_count()
base = gc.get_count()[0]
keep = [C() for _ in range(10)]
after_alloc = gc.get_count()[0] - base
del keep[:5]
after_free = gc.get_count()[0] - base
more = [C() for _ in range(3)]
after_more = gc.get_count()[0] - base
print(after_alloc, after_free, after_more)
gc.collect(0)
c0 = gc.get_count()
gc.collect(1)
c1 = gc.get_count()
gc.collect()
c2 = gc.get_count()
print(c0, c1, c2)
