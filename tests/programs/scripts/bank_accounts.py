"""A bank model: accounts, transactions, custom exceptions, an audit log."""

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, requested):
        super().__init__("account %s: balance %d < requested %d" % (account.number, account.balance, requested))
        self.account = account
        self.requested = requested

class AccountFrozen(BankError):
    pass

class UnknownAccount(BankError, KeyError):
    def __str__(self):
        return "unknown account %r" % self.args[0]

class Account:
    _next_number = 1000
    kind = "basic"
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("opening balance cannot be negative")
        Account._next_number += 1
        self.number = Account._next_number
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = [("open", balance)]
    @property
    def balance(self):
        return self._balance
    def _check(self):
        if self.frozen:
            raise AccountFrozen("account %d is frozen" % self.number)
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def available(self):
        return self._balance
    def month_end(self):
        pass
    def __repr__(self):
        return "<%s #%d %s: %d>" % (type(self).__name__, self.number, self.owner, self._balance)

class Savings(Account):
    kind = "savings"
    rate_percent = 2
    def month_end(self):
        interest = self._balance * self.rate_percent // 100
        if interest:
            self._balance += interest
            self.history.append(("interest", interest))

class Checking(Account):
    kind = "checking"
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self._balance + self.overdraft
    def month_end(self):
        if self._balance < 0:
            fee = 15
            self._balance -= fee
            self.history.append(("fee", fee))

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.audit = []
    def open(self, cls, owner, *args, **kwargs):
        acct = cls(owner, *args, **kwargs)
        self.accounts[acct.number] = acct
        self.audit.append("opened %d for %s" % (acct.number, owner))
        return acct
    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None
    def transfer(self, src, dst, amount):
        a, b = self.get(src), self.get(dst)
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise
        self.audit.append("transfer %d from %d to %d" % (amount, src, dst))
    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank("Strata Savings & Loan")
alice = bank.open(Savings, "alice", 1000)
bob = bank.open(Checking, "bob", 50, overdraft=200)
carol = bank.open(Account, "carol")
print(alice, bob, carol)
operations = [
    ("transfer", alice.number, bob.number, 300),
    ("transfer", bob.number, carol.number, 500),
    ("transfer", bob.number, carol.number, 100),
    ("transfer", carol.number, 9999, 1),
    ("withdraw", carol.number, 1000),
    ("deposit", carol.number, -5),
    ("freeze", carol.number),
    ("transfer", alice.number, carol.number, 10),
    ("deposit", alice.number, 250),
]
for op in operations:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        elif op[0] == "withdraw":
            bank.get(op[1]).withdraw(op[2])
        elif op[0] == "deposit":
            bank.get(op[1]).deposit(op[2])
        elif op[0] == "freeze":
            bank.get(op[1]).frozen = True
        print("ok   ", op)
    except InsufficientFunds as e:
        print("FAIL ", op, "->", e, "| short by", e.requested - e.account.available())
    except BankError as e:
        print("FAIL ", op, "->", type(e).__name__, e, "| is KeyError:", isinstance(e, KeyError))
    except ValueError as e:
        print("FAIL ", op, "-> ValueError", e)
bank.month_end()
for acct in bank.accounts.values():
    print(acct, acct.kind, acct.history)
print("total:", bank.total())
print("\n".join(bank.audit))
try:
    Account("dave", -1)
except ValueError as e:
    print("ValueError:", e)
print([c.__name__ for c in UnknownAccount.__mro__])
