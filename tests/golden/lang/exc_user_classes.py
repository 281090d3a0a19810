class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(table, code)
        self.table = table
        self.code = code
    def __str__(self):
        return "db error %d on %s" % (self.code, self.table)
class Quiet(AppError):
    def __init__(self):
        pass

try:
    raise DbError("users", 42)
except AppError as e:
    print(type(e).__name__, e)
    print(e.args, e.table, e.code)
    print(repr(e))
try:
    raise AppError("a", 1)
except Exception as e:
    print(str(e), repr(e), e.args)
try:
    raise Quiet()
except Quiet as e:
    print(repr(str(e)), e.args, repr(e))
print(str(AppError()), repr(AppError()), AppError().args)
print(str(AppError("one")), repr(AppError("one")))
print(DbError.__mro__)
e = AppError("x")
e.args = ("changed", 2)
print(e, e.args)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("q")), str(WithRepr("q")))
