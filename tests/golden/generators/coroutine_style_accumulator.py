# a generator used as a coroutine: priming with next, sending values, getting a result with close or throw
def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError:
            print("reset")
            total = count = 0
            continue
        total += value
        count += 1
        average = total / count
avg = averager()
next(avg)
for v in [10, 20, 30]:
    print(avg.send(v))
avg.throw(ValueError)
print(avg.send(5))
avg.close()
print(avg.gi_frame)
