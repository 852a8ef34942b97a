seen = {}
key = ["a", "b"]
seen[key] = True
