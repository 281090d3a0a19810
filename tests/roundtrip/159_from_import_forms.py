from sys import argv
from os import path as p, sep
from collections import (deque,
                         OrderedDict as OD,)
from math import *
