x = "global x"
class C:
    x = "class x"
    y = x + "!"
    def m(self):
        return x
    lst = [x for _ in range(1)]
    print("in body", x, y)
print(C.y, C().m(), C.lst)

class Counter:
    n = 0
    for i in range(3):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))

def f():
    v = "enclosing"
    class K:
        w = v
        def get(self):
            return v
    return K
K = f()
print(K.w, K().get())
class Order:
    print("body runs at definition")
    a = 1
    b = 2
print([k for k in Order.__dict__ if not k.startswith("__")])
