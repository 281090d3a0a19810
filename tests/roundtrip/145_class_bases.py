class A:
    pass


class B:
    pass


class C(A, B):
    pass


bases = (A,)


class D(*bases):
    pass
