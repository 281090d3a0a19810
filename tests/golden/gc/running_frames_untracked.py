# Running frames are not container allocations: deep recursion does not move gc.get_count(), and only a frame that outlives its call (held by a traceback) is tracked.
import gc

gc.disable()


def depth_count(n):
    if n == 0:
        return gc.get_count()[0]
    return depth_count(n - 1)


gc.collect()
depth_count(1)
deep = depth_count(100)
shallow = depth_count(1)
deeper = depth_count(300)
print(deep - shallow, deeper - shallow)


def raiser(n):
    if n == 0:
        raise ValueError("deep")
    raiser(n - 1)


try:
    raiser(3)
except ValueError as e:
    err = e
tb = err.__traceback__
while tb is not None:
    print(tb.tb_frame.f_code.co_name, gc.is_tracked(tb.tb_frame))
    tb = tb.tb_next

