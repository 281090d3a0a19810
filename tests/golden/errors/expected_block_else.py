# expected an indented block after 'else'
x = 2
if x == 1:
    print("one")
else:
print("other")
