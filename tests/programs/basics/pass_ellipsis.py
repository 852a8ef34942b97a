def nothing():
    pass
def doc_only():
    "Only a docstring."
def dots():
    ...
print(nothing(), doc_only(), dots())
print(doc_only.__doc__)
print(nothing.__doc__)
class Empty:
    pass
class Doc:
    """Class doc."""
print(Empty.__doc__, Doc.__doc__)
for _ in range(3):
    pass
if False:
    pass
elif True:
    pass
else:
    pass
print("done")
