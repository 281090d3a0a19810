# With the collector on, cycles of instances with __del__ are freed by automatic
# collections while the program keeps allocating.
import gc
deaths = []
class D:
    def __init__(self, i): self.i = i
    def __del__(self): deaths.append(self.i)
gc.collect()
for i in range(2000):
    d = D(i); d.me = d
del d
print("some died automatically:", len(deaths) > 0)
print("all before the last 700 died:", all(i in deaths for i in range(1000)))
gc.collect()
print("after collect, all died:", sorted(deaths) == list(range(2000)))
