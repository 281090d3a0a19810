# A full gc.collect() over a heap of 1 000 000 live container objects (250 000 instances,
# each holding a list and a tuple that holds another list; nothing is garbage), collected
# ten times: the cost of the collector's traversal of a large live heap.
import gc

gc.disable()


class Node:
    def __init__(self, i):
        self.items = [i]
        self.pair = (i, [i])


nodes = [Node(i) for i in range(250000)]
total = 0
for _ in range(10):
    total += gc.collect()
print(len(nodes), total, len(gc.get_objects(2)) >= 1000000)
