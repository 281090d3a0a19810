__all__ = ["public", "PUBLIC_TOO"]
public = 1
PUBLIC_TOO = 2
hidden = 3
_private = 4
