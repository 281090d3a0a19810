# cannot assign to __debug__
__debug__ = 1
