from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
