def pick(seq, i):
    return seq[i]


data = [10, 20, 30]
print(pick(data, 1))
print(pick(data, 10))
