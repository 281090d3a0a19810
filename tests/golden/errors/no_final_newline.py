# error on the last line of a file without a final newline
y = 2
z = y +* 3