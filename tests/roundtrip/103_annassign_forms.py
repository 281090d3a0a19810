x: int
y: int = 1
z: 'str' = 'a'
(w): int = 2
(v): list
class C:
    a: int
    b: str = ''
    c: list[int] = []
