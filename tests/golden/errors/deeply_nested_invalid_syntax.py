# invalid syntax five blocks deep
class Machine:
    def run(self, steps):
        for step in steps:
            while step:
                if step > 1:
                    step = step - * 1
                step -= 1
