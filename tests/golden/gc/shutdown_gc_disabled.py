# Shutdown sequence with gc DISABLED: the collection that normally runs right after
# the atexit handlers is skipped; the globals die when __main__ is removed (the
# __main__ dict is not in a cycle), and the cycle garbage only in the collection
# that follows, which runs even when gc is disabled.  Compare 14-shutdown-gc-enabled.py.
import gc
from _lifetime_helper import D        # keeps the __main__ dict out of cycles
gc.disable()
c = D("cycle"); c.me = c; del c
g = D("global")
import atexit
atexit.register(print, "atexit handler")
print("end of script, gc enabled:", gc.isenabled())
