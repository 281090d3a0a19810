def f(x):
	return x[1] + 1


f([0, "a"])
