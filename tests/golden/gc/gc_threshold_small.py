# A small generation-0 threshold makes automatic collections frequent: cycles die soon
# after they are dropped, long before the loop ends.
import gc
gc.collect()
gc.set_threshold(5, 10, 10)
print(gc.get_threshold())
deaths = []
class D:
    def __init__(self, i): self.i = i
    def __del__(self): deaths.append(self.i)
for i in range(100):
    d = D(i); d.me = d
    del d
print("died during the loop:", len(deaths) >= 90)
print("in creation order:", deaths == sorted(deaths))
gc.set_threshold(700, 10, 10)
gc.collect()
print("all dead after collect:", sorted(deaths) == list(range(100)))
