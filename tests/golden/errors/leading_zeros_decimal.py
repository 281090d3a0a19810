# leading zeros in decimal integer literals
n = 0123
