class C:
    def m(self):
        return super().m()
    def n(self):
        return __class__
    def plain(self):
        return self
