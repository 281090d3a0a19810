# invalid augmented assignment chained with assignment
x = 0
y = 0
x += 1, y = 2
