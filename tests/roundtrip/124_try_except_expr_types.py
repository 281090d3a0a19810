errors = (ValueError, TypeError)
try:
    pass
except errors:
    pass
except errors[0] as e:
    pass
except (ValueError if True else TypeError):
    pass
