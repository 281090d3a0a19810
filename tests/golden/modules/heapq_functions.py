# heapq: heappush/heappop order, heapify, heapreplace, heappushpop, nsmallest/nlargest with keys, merge.
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 7, 5, 3, 1, 8, 6]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 4), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, "hello"), heapq.nsmallest(2, [(1, "b"), (1, "a")]))
print(heapq.nlargest(2, ["aa", "b", "cccc"], key=len), heapq.nsmallest(0, [1]), heapq.nlargest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (2, "apply"))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
for t in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush(1, 2),
          lambda: heapq.heapify(None)]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
