# Wrong uses of dataclasses and their CPython messages: arguments of the generated __init__, mutable defaults, field order, option conflicts
from dataclasses import dataclass, field, fields, asdict, astuple, replace


@dataclass
class P:
    x: int
    y: int = 0


@dataclass
class KW:
    a: int
    b: int = field(default=1, kw_only=True)
    c: int = field(kw_only=True)


calls = [
    lambda: P(),
    lambda: P(1, 2, 3),
    lambda: P(1, z=2),
    lambda: P(1, x=2),
    lambda: P(y=2),
    lambda: KW(),
    lambda: KW(1),
    lambda: KW(1, 2, c=3),
    lambda: KW(1, 2),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Three:
    a: int
    b: int
    c: int


for call in [lambda: Three(), lambda: Three(1), lambda: Three(1, 2, 3, 4, 5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

print(KW(1, c=3), KW.__match_args__, KW.__doc__)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

for default in ({}, set()):
    try:
        @dataclass
        class Bad2:
            items: object = default
    except ValueError as e:
        print("ValueError:", e)

try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class NoAnn:
        a = field(default=1)
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(order=True, eq=False)
    class O:
        a: int
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass(order=True)
    class O2:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(unsafe_hash=True)
    class H:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(frozen=True)
    class F:
        a: int

        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print("TypeError:", e)

for f in (fields, asdict, astuple, replace):
    for arg in (1, P):
        try:
            f(arg)
        except TypeError as e:
            print(f.__name__, "TypeError:", e)


@dataclass
class I:
    a: int
    b: int = field(init=False, default=5)


try:
    replace(I(1), b=3)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(P(1), z=3)
except TypeError as e:
    print("TypeError:", e)
