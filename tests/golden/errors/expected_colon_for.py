# expected ':' after a for header
for i in range(3)
    print(i)
