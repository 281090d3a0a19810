class MyError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


try:
    raise MyError('bad', code=2)
except MyError as e:
    print(e, e.code, e.args)
