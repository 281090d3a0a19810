# expected an indented block after 'elif'
x = 2
if x == 1:
    print("one")
elif x == 2:
print("two")
