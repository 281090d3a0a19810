# The generated __repr__: a dataclass that contains itself prints '...' at the repeat, as reprlib.recursive_repr does; nested dataclasses use their own repr
from dataclasses import dataclass, field


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: object = None


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(root)
print(child)
root.children.append(root)
print(root)


@dataclass
class Wrapper:
    inner: object


w = Wrapper(None)
w.inner = w
print(w, [w], {"w": w})
a = Wrapper(None)
b = Wrapper(a)
a.inner = b
print(a)
print(b)
print(repr(Wrapper(Wrapper(Wrapper(1)))))
