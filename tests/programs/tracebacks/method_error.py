class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: balance %d, requested %d" % (self.balance, amount))
        self.balance -= amount
acct = Account(100)
acct.withdraw(30)
acct.withdraw(500)
