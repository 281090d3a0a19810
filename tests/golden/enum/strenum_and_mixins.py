# StrEnum and a str mixin: members are strings (comparisons, methods, str() and format() of StrEnum give the value), auto() gives the lowercase name
from enum import Enum, StrEnum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "x-custom"


print(list(Method), Method.GET, repr(Method.GET), f"{Method.POST}", str(Method.CUSTOM))
print(Method.GET == "get", Method("post") is Method.POST, Method.GET.upper(), isinstance(Method.GET, str))
print(Method.GET + "/path", len(Method.CUSTOM), sorted(Method), "get" in [Method.GET])
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)


class Color(str, Enum):
    RED = "red"


print(Color.RED, repr(Color.RED), f"{Color.RED}", Color.RED == "red", Color.RED.value)
