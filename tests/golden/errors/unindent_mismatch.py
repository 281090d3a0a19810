# unindent does not match any outer indentation level
def f(n):
    if n > 0:
        return n
  return -n

print(f(3))
