name = "age: "
print(name + 42)
