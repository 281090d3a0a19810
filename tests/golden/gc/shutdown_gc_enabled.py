# Shutdown sequence (gc enabled): atexit handlers -> a full collection while
# __main__ is still intact (cycle garbage dies here) -> modules removed (the
# __main__ dict below is not in a cycle, so its globals die now, in dict order)
# -> collection -> ...   Compare 15-shutdown-gc-disabled.py.
import gc
from _lifetime_helper import D        # keeps the __main__ dict out of cycles
c = D("cycle"); c.me = c; del c
g = D("global")
import atexit
atexit.register(print, "atexit handler")
print("end of script, gc enabled:", gc.isenabled())
