class InsufficientFunds(Exception):
    pass
print("withdrawing")
raise InsufficientFunds("balance too low", 42)
