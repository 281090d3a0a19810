# expected an indented block after 'except'
try:
    x = 1 / 0
except ZeroDivisionError:
print("div")
