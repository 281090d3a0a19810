# A frame whose f_locals dict holds the frame itself is a cycle the collector frees
import gc


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def f():
    d = D(1)
    try:
        raise KeyError
    except KeyError as e:
        frame = e.__traceback__.tb_frame
    frame.f_locals
    print("locals hold the frame:", frame.f_locals["frame"] is frame)


f()
print("after f")
print(gc.collect() > 0)
print("end")
