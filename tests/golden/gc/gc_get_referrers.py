# gc.get_referrers: the tracked containers that refer to an object.
import gc
class C:
    pass
target = C()
holder_list = [target]
holder_dict = {"t": target}
holder_obj = C(); holder_obj.t = target
holder_tuple = (target, 1)
refs = gc.get_referrers(target)
print("list:", any(r is holder_list for r in refs))
print("dict:", any(r is holder_dict for r in refs))
print("instance:", any(r is holder_obj for r in refs))
print("tuple:", any(r is holder_tuple for r in refs))
print("globals:", any(r is globals() for r in refs))
lone = C()
print("no container refers to a new object but globals:",
      [r is globals() for r in gc.get_referrers(lone)])
