_ = 1
match = [1]
match[0] = 2
case = match
print(_, match, case)
