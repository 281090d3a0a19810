class S:
    def __getitem__(self, k):
        return k


s = S()
a = s[1:2, 3]
b = s[:, ::2]
c = s[..., 1]
d = s[1:2, ::3, 4]
