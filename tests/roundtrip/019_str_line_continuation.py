a = 'abc\
def'
b = '''x\
y'''
