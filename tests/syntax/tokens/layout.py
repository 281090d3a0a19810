class C:
    def f(self):
        if x:
            return 1

  # odd comment
x = 1 \
    + 2
y = (
  3,
)
z = 1
name_ü = "é"
end