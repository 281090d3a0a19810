# lambda without a colon
f = lambda x x + 1
