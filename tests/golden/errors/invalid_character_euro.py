# invalid character in source
price = 10
total = price €
