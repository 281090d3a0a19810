a = list(range(10))
i, j = 1, 5
b = a[i + 1:j - 1]
c = a[i:j:i or 1]
d = a[(i if i else 0):]
e = a[:-i]
