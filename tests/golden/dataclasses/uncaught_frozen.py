# refpy: xfail CPython's traceback has a 'File "<string>", line 4, in __setattr__' entry for the generated method; refpy's generated methods have no frames
# An uncaught FrozenInstanceError: the traceback ends in the generated __setattr__
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    host: str


c = Config("a")
c.host = "b"
