# yield at module level is a syntax error from the front end
print("never")
x = yield 5
