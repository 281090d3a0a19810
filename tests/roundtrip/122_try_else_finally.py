try:
    x = 1
except ValueError:
    x = 2
else:
    x = 3
finally:
    x = 4
try:
    pass
finally:
    pass
