x = 1 + 2
if x:
    y = [1,
         2]
    # comment

        # deeper comment
    while y:
        z += 0x_ff
  
print(x)
