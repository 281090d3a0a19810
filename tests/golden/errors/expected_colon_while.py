# expected ':' after a while condition
n = 0
while n < 3
    n += 1
