class A:
    '''Doc.'''
    x = 1
    y: int = 2
    z: str

    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f'A({self.v!r})'

    class Inner:
        pass
