# refpy: args --interrupt-after 0.5
# refpy: cpython-wrap timeout --preserve-status -s INT 0.5
# SIGINT raises KeyboardInterrupt in the running loop; uncaught, it ends the process by
# the signal (status 130) after the traceback and the normal shutdown.
class D:
    def __del__(self):
        print("del at shutdown")
d = D()
print("looping", flush=True)
n = 0
while True:
    n += 1
