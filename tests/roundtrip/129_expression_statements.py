1
'string'
x = [1]
x
x[0]
x.append(2)
-1
not x
x, x
...
lambda: 0
(x := 5)
