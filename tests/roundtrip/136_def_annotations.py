def f(a: int, b: str = 'x', *args: int, c: float = 1.0, **kw: dict) -> None:
    pass


def g(a: 'int', /, b: list[int]) -> tuple[int, ...]:
    return (a,)


def h() -> int | None:
    return None
