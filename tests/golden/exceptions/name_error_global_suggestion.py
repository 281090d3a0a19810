threshold = 10


def above(x):
    return x > treshold


print(above(3))
