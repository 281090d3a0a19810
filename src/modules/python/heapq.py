"""refpy's heapq: a binary min-heap on a list, with CPython's sifting strategy (a popped
hole is filled by walking the smaller children down to a leaf, then the moved item bubbles
up), so that equal-priority items come out in the same order as in CPython."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']



def _check_list(heap, name, what="argument 1"):
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f"{name}() {what} must be list, not {got}")


def heappush(heap, item):
    _check_list(heap, "heappush")
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    _check_list(heap, "heappop", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return top


def heapreplace(heap, item):
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return top


def heappushpop(heap, item):
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    _check_list(x, "heapify", "argument")
    n = len(x)
    for i in reversed(range(n // 2)):
        _sink(x, i)


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def _bubble_up(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sink(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted output (CPython's algorithm: a heap of
    [value, order, next] entries, so ties come out in input order)."""
    h = []
    direction = -1 if reverse else 1
    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            for value in it:
                h.append([value, order * direction, it])
                break
    else:
        for order, it in enumerate(map(iter, iterables)):
            for value in it:
                h.append([key(value), order * direction, value, it])
                break
    if reverse:
        h = [_Reversed(entry) for entry in h]
    heapify(h)
    while h:
        entry = h[0]
        if reverse:
            entry = entry.entry
        if key is None:
            value, order, it = entry
            yield value
        else:
            k, order, value, it = entry
            yield value
        for value in it:
            if key is None:
                entry[0] = value
            else:
                entry[0] = key(value)
                entry[2] = value
            if reverse:
                h[0] = _Reversed(entry)
            _sink(h, 0)
            break
        else:
            last = h.pop()
            if h:
                h[0] = last
                _sink(h, 0)


class _Reversed:
    __slots__ = ('entry',)

    def __init__(self, entry):
        self.entry = entry

    def __lt__(self, other):
        return other.entry < self.entry
