# hooks still set when the program ends keep the main module's globals alive past the module wipe; CPython frees them when nothing can print any more, so no finalizer, finally or __del__ output appears
import sys

class Res:
    def __del__(self):
        print("del Res")

async def agen():
    try:
        yield 1
    finally:
        print("agen finally")

def finalizer(g):
    print("finalizer", g.__qualname__)

sys.set_asyncgen_hooks(finalizer=finalizer)
res = Res()
G = agen()
try:
    G.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
print("end of program")
