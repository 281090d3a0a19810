# 'yield' inside list comprehension
def gen():
    return [(yield i) for i in range(3)]
