import sys
print("requesting a list larger than the address space")
items = [None, None] * (sys.maxsize // 2 + 1)
print("never")
