# refpy: xfail refpy reports 'as' inside a parenthesized 'with' item list as not supported
# Python 3.9+ allows `as` targets inside the parentheses of a with statement.
import contextlib
with (contextlib.suppress(ValueError) as a, contextlib.suppress(KeyError) as b):
    print("inside")
print("after")
