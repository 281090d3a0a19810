# Errors assigning or deleting a class's __name__/__qualname__, and attributes of built-in types
class C:
    pass


def attempt(label, f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def set_qualname():
    C.__qualname__ = 5


def set_name():
    C.__name__ = 5


def set_null_name():
    C.__name__ = "a\0b"


def del_name():
    del C.__name__


def del_qualname():
    del C.__qualname__


def set_int_name():
    int.__name__ = "x"


def set_int_attr():
    int.x = 1


def set_list_method():
    list.append = 5


def del_int_attr():
    del int.real


def set_object_attr():
    object.y = 2


for label, f in [
    ("qualname", set_qualname),
    ("name", set_name),
    ("null", set_null_name),
    ("del name", del_name),
    ("del qualname", del_qualname),
    ("int name", set_int_name),
    ("int attr", set_int_attr),
    ("list method", set_list_method),
    ("del int attr", del_int_attr),
    ("object attr", set_object_attr),
]:
    attempt(label, f)
print(C.__name__, C.__qualname__)
