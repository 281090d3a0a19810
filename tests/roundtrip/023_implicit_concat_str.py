a = 'abc' 'def'
b = ('multi'
     'line'
     "mixed")
c = 'x' r'\y' '''z'''
