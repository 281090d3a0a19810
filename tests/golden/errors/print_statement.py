# Python 2 print statement
x = 1
print "x"
