a = {x % 3 for x in range(10)}
b = {x for x in 'hello' if x != 'l'}
