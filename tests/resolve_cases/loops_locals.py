def f(n):
    i = 0
    while i < n:
        j = i
        i += 1
    else:
        k = j
    for a, *b in n:
        c = b
    return k
