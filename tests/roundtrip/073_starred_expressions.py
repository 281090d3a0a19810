a = [1, 2]
b = [*a + [3]]
c = [*(a or [])]
d = [*range(3), *'ab']
