def f(n):
    for i in range(n):
        if i:
            while i:
                try:
                    with None or __import__('contextlib').suppress():
                        for j in range(i):
                            if j:
                                i -= 1
                            else:
                                i -= 1
                except Exception:
                    break
    return n
