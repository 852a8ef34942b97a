def find(name):
    return None
result = find("x")
print(result.upper())
