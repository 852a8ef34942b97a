# A naked exception caught by except* and re-raised escapes as the group
# that wrapped it.
def work():
    raise ValueError("naked")

try:
    work()
except* ValueError:
    print("seen, re-raising")
    raise
