# Interpreter exit when the __main__ dict is NOT in a cycle (no function or class
# in this file has __main__ as its globals; the class comes from the helper
# module lifetime_helper.py next to this file).  The dict dies by refcount when
# __main__ is removed from sys.modules, so the globals are released in dict
# (insertion) order.
from _lifetime_helper import D

b = D("b")
a = D("a")
_u = D("_underscore")
x = D("x-created-first")
y = D("y-created-second")
x, y = y, x
lst = [D("in_list0"), D("in_list1")]
print("end of script")
