def f(seq):
    head = seq[1:]
    return head ** 2


print(f("abc"))
