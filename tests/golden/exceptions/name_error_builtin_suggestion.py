x = 5
pritn(x)
