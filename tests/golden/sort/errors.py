# wrong arguments to list.sort and sorted, with CPython's messages
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: [].sort(1))
check(lambda: [].sort(None, None))
check(lambda: [].sort(key=None, reverse=False, x=1))
check(lambda: [].sort(cmp=None))
check(lambda: [2, 1].sort(key=3))
check(lambda: sorted())
check(lambda: sorted([], []))
check(lambda: sorted(3))
check(lambda: sorted([1, 2], cmp=1))
check(lambda: sorted([1, 2], key=1))
check(lambda: sorted([1, 2], reverse="x"))
check(lambda: sorted([1, 2], reverse=None))
check(lambda: list.sort([3, 2, 1], reverse=True) or print("ok"))
check(lambda: list.sort())
check(lambda: list.sort((3, 2)))
check(lambda: [1, "2"].sort())
check(lambda: [(1, 2), (1, "x")].sort())
