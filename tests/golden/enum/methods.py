# Enums with methods, properties, classmethods, a custom __init__ taking tuple values, _missing_, and a mixin with a data type
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return "my custom str! {0}".format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status("ACTIVE"), Status("Inactive"))
try:
    Status("gone")
except ValueError as e:
    print("ValueError:", e)


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2

    def __repr__(self):
        return f"<{self.name.title()}>"

    def next(self):
        return Weekday(self.value % len(Weekday) + 1)


print(Weekday.MONDAY.next(), repr(Weekday.TUESDAY.next()), [Weekday.MONDAY])


class Color(str, Enum):
    RED = "r"
    GREEN = "g"


print(Color.RED, repr(Color.RED), Color.RED == "r", Color.RED.upper(), isinstance(Color.GREEN, str))


class Base(Enum):
    def shout(self):
        return self.name.upper() + "!"


class Sub(Base):
    quiet = 1


print(Sub.quiet.shout(), list(Sub), issubclass(Sub, Base))
