# unterminated string in a file with CRLF line endings
a = 1
b = 'oops
print(a)
