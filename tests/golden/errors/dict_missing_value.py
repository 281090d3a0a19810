# dict display with a missing value
d = {1:}
