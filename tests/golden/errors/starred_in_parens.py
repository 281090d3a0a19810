# cannot use starred expression here (parenthesized star)
a = [1, 2]
x = (*a)
