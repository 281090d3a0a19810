def f(a: (lambda: int)() = 1, b: int if True else str = 2) -> (lambda: None):
    pass


def g(*, k: 'x' = (1, 2)) -> 1 + 2:
    pass
