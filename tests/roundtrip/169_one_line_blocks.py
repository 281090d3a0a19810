if True: x = 1
else: x = 2
while False: pass
for i in []: pass
else: pass
try: pass
except Exception: pass
finally: pass
def f(): return 1
class C: pass
with print if False else __import__('contextlib').suppress(): pass
