class Meta(type):
    pass


class A(metaclass=Meta):
    pass


class B(A, metaclass=Meta):
    pass


class C(**{'metaclass': Meta}):
    pass
