# An uncaught argument error from the generated __init__ prints CPython's traceback: no frame for __init__, the caller's line and carets
from dataclasses import dataclass


@dataclass
class Config:
    host: str
    port: int = 80


print(Config("a"))
Config(port=1)
