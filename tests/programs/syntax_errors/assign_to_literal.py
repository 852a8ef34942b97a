print("hi")
1 = x
