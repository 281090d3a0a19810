# Dataclasses with enum fields: defaults, repr, equality and ordering through the enum's value, asdict keeps members (an enum member deep-copies to itself)
from dataclasses import dataclass, field, asdict, astuple, replace
from enum import Enum, IntEnum


class Kind(Enum):
    FILE = "file"
    DIR = "dir"


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


@dataclass(order=True)
class Entry:
    priority: Priority
    name: str = field(compare=False)
    kind: Kind = field(default=Kind.FILE, compare=False)


entries = [Entry(Priority.HIGH, "b"), Entry(Priority.LOW, "a", Kind.DIR)]
print(sorted(entries))
d = asdict(entries[0])
print(d, d["kind"] is Kind.FILE, astuple(entries[1]))
print(replace(entries[0], kind=Kind.DIR), entries[0] == Entry(Priority.HIGH, "other"))
print({e.kind: e.name for e in entries})
