# Duplicate keys found at run time (dotted names) raise ValueError.
class Key:
    a = "k"
    b = "k"

def lookup(m):
    match m:
        case {
            Key.a: 1,
            Key.b: 2,
        }:
            return "both"
    return "neither"

print(lookup({}))
print(lookup({"k": 1, "j": 2}))
