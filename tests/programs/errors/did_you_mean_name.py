length = 5
print(lenght)
