n = 0
while n < 3:
    print("n", n)
    n += 1
else:
    print("while else runs when the condition fails")
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)
while False:
    print("never")
else:
    print("else of a loop that never ran")
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("no")
print("end", i)
