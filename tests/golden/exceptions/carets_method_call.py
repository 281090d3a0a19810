class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance


acct = Account(100)
print(acct.withdraw(30))
print("left:", acct.withdraw(500))
