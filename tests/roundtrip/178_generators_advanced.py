def g():
    received = yield 'first'
    while received:
        received = yield received * 2
    return 'done'


it = g()
print(next(it), it.send(2))
