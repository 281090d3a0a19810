# error at EOF after a binary operator
x = 1 +