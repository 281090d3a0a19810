import sys
import os.path
import os.path as osp
import sys as system, gc
import collections.abc
