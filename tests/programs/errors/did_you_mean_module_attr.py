import sys
print(sys.maxsze)
