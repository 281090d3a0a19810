def report(values):
    count = len(values)
    return f"{coutn} items"


print(report([1, 2, 3]))
