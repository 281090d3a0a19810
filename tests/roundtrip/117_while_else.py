i = 0
while i < 3:
    i += 1
else:
    print('done')
while i:
    i -= 1
    if i == 1:
        break
else:
    pass
