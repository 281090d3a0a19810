# error on a tab-indented line (caret alignment)
def f():
	if True:
		x = 1 +* 2
