# expected an indented block after 'try'
try:
x = 1 / 0
except ZeroDivisionError:
    pass
