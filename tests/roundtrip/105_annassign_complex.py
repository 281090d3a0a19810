x: int | None = None
y: dict[str, list[int]] = {}
z: tuple = 1, 2
w: 'int' = (yield_ := 3)
u: callable = lambda: 0
