def f(x):
	if x:
		for i in range(x):
			pass
	else:
		return 0
	return x


class C:
	def m(self):
		return 1
