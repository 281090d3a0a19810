# syntax error in a file with CRLF line endings
x = 1
if x > 0
    print(x)
