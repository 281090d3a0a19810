# expected ':' after try
try
    pass
except Exception:
    pass
