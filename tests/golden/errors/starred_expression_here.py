# can't use starred expression here
a = [1, 2]
x = *a
