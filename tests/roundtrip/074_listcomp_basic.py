a = [x for x in range(5)]
b = [x * 2 for x in range(5) if x % 2]
c = [x for x in range(10) if x > 2 if x < 8]
