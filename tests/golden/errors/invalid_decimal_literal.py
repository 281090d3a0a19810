# invalid decimal literal: digits followed by letters
count = 12abc
