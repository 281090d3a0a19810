# What an enum class exposes: its metaclass, _member_map_, _value2member_map_, member attributes, subclassing an enum without members, and non-member class attributes
import enum
from enum import Enum, EnumMeta, EnumType


class Base(Enum):
    def describe(self):
        return f"{type(self).__name__}.{self.name}={self.value}"

    @classmethod
    def first(cls):
        return next(iter(cls))


class Color(Base):
    RED = 1
    GREEN = 2
    _ignore_ = ["tmp"]
    tmp = 5

    def _private_helper(self):
        return "helper"


print(type(Color) is EnumType, EnumMeta is EnumType, isinstance(Color, EnumType), issubclass(Color, Base))
print(Color.RED.describe(), Color.first(), Color.RED._private_helper())
print(Color._member_map_, Color._value2member_map_, Color._member_names_)
print(hasattr(Color, "tmp"), Color.RED.__objclass__, Color.RED._sort_order_, Color.GREEN._sort_order_)
print(sorted(k for k in vars(Color.RED)))
print(Base.__members__, len(Base), list(Base))
print(enum.Enum.__members__, enum.IntEnum, enum.auto, isinstance(Color.RED, Base))
print(Color.RED.name, Color.RED.value, Color.RED.__class__.__name__)
print(Color.__dict__["RED"], type(Color.__dict__["describe"] if "describe" in Color.__dict__ else None))
