for i in range(3):
    pass
else:
    print(i)
for k, v in {'a': 1}.items():
    print(k, v)
for x, in [(1,)]:
    pass
for (a, b) in [(1, 2)]:
    pass
