db = {
    "users": [
        {"name": "ann", "roles": ["admin", "dev"], "age": 31},
        {"name": "bob", "roles": ["dev"], "age": 25},
        {"name": "cy", "roles": [], "age": 40},
    ],
    "settings": {"theme": "dark", "limits": {"max": 10, "min": 1}},
}
print([u["name"] for u in db["users"] if "dev" in u["roles"]])
print(db["settings"]["limits"]["max"], sorted(db["settings"]))
by_role = {}
for u in db["users"]:
    for r in u["roles"]:
        by_role.setdefault(r, []).append(u["name"])
print(by_role)
print(max(db["users"], key=lambda u: u["age"])["name"])
db["users"][1]["roles"].append("ops")
print(db["users"][1])
def deep_count(x):
    if isinstance(x, dict):
        return sum(deep_count(v) for v in x.values())
    if isinstance(x, list):
        return sum(deep_count(v) for v in x)
    return 1
print(deep_count(db))
def deep_copy(x):
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    return x
cp = deep_copy(db)
cp["users"][0]["name"] = "changed"
print(db["users"][0]["name"], cp["users"][0]["name"], cp == db)
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], sorted(grid)[-1], len(grid))
