# the order in which operands are evaluated around yields matches CPython's
def t(label):
    print("  eval", label)
    return label
def g():
    d = {t("k1"): t("v1"), (yield "y1"): t("v2")}
    print(d)
    r = t("a") + (yield "y2") + t("c")
    print(r)
    r = [t("x"), *[(yield "y3")], t("z")]
    print(r)
it = g()
print(next(it))
for v in ["K2", "B", "Y"]:
    try:
        print(it.send(v))
    except StopIteration:
        print("done")
