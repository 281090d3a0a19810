# gc.get_stats: per generation, collections run and objects collected (printed as
# differences, since CPython's start-up runs collections of its own).
import gc
def snap():
    return [(s["collections"], s["collected"], s["uncollectable"]) for s in gc.get_stats()]
before = snap()
a = []; a.append(a); del a
gc.collect()
b = []; b.append(b); c = []; c.append(c); del b, c
gc.collect(0)
gc.collect(1)
after = snap()
print([tuple(x - y for x, y in zip(s, t)) for s, t in zip(after, before)])
print(sorted(gc.get_stats()[0]))
