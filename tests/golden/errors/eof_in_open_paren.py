# error at EOF with an open parenthesis
x = (1 +