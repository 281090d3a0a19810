# time: time/monotonic/perf_counter types and ordering, sleep of zero and its argument errors.
import time
t0, m0, p0 = time.time(), time.monotonic(), time.perf_counter()
time.sleep(0)
time.sleep(0.01)
print(type(t0).__name__, type(m0).__name__, type(p0).__name__, t0 > 1.6e9)
print(time.monotonic() >= m0, time.perf_counter() - p0 >= 0.009, time.time() >= t0)
for t in [lambda: time.sleep(-1), lambda: time.sleep("x"), lambda: time.sleep()]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
