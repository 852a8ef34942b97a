def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        if n > 100:
            return "big even"
        return "even"
    else:
        return "odd"
for n in [-3, 0, 4, 7, 200, 201]:
    print(n, classify(n))
x = None
if x is None:
    print("x is None")
if not []:
    print("empty list is falsy")
if 0: print("never")
elif "": print("never2")
else: print("else branch")
