log = []
class Root:
    def __init__(self):
        log.append("Root")
class Left(Root):
    def __init__(self):
        log.append("Left in")
        super().__init__()
        log.append("Left out")
class Right(Root):
    def __init__(self):
        log.append("Right in")
        super().__init__()
        log.append("Right out")
class Bottom(Left, Right):
    def __init__(self):
        log.append("Bottom in")
        super().__init__()
        log.append("Bottom out")
Bottom()
print(log)

class KwBase:
    def __init__(self, **kw):
        print("KwBase leftover", kw)
class P(KwBase):
    def __init__(self, p=None, **kw):
        print("P got", p)
        super().__init__(**kw)
class Q(KwBase):
    def __init__(self, q=None, **kw):
        print("Q got", q)
        super().__init__(**kw)
class PQ(P, Q):
    pass
PQ(p=1, q=2, r=3)
print([c.__name__ for c in PQ.__mro__])
