# refpy: args --interrupt-after 0.5
# refpy: cpython-wrap timeout --preserve-status -s INT 0.5
# SIGINT reaches a generator spinning in a while loop whose test can suspend (but does not on this path): KeyboardInterrupt at the loop's back edge, through send(), and the generator is finished
def spin():
    first = True
    n = 0
    try:
        while ((yield "started") if first else True):
            first = False
            n += 1
    finally:
        print("spin finally", n > 0)


g = spin()
print(next(g), flush=True)
try:
    g.send(1)
except KeyboardInterrupt:
    print("interrupted")
print(g.gi_frame)
