import sys
print("converting")
print(float(10 ** 400))
