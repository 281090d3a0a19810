try:
    pass
except:
    pass
try:
    x = 1
except ValueError:
    x = 2
except (TypeError, KeyError) as e:
    x = 3
except Exception as e:
    x = e
