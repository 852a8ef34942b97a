transform = lambda x: x["value"] * 2
print(transform({"value": 3}))
print(transform({}))
