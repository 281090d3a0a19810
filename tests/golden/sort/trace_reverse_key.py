# traced comparisons with reverse=True and key= on lists long enough for merging and galloping
from _trace import K, log, rand


def run(name, values, **kw):
    log.clear()
    xs = [K(v, i) for i, v in enumerate(values)]
    out = sorted(xs, **kw)
    print(name, len(log), " ".join(log[:400]))
    print("  ", " ".join(str(x.t) for x in out))


run("rev random", [rand(100) for _ in range(150)], reverse=True)
run("rev runs", list(range(80)) + list(range(40)) + list(range(60, 0, -1)), reverse=True)
run("key neg", [rand(1000) for _ in range(130)], key=lambda k: K(-k.v, k.t))
run("key rev dup", [rand(5) for _ in range(140)], key=lambda k: K(k.v // 2, k.t), reverse=True)
run("gallop", list(range(0, 600, 3)) + list(range(1, 100)), reverse=False)
