class Sensor:
    @property
    def value(self):
        raise AttributeError("reading failed")

    def valve(self):
        return "open"


s = Sensor()
print(s.valve())
try:
    s.value
except AttributeError as e:
    print("caught:", e)
s.value
