text = """First line
    indented line
Last line"""
print(text)
print(len(text.splitlines()), text.count("\n"))
joined = ("implicit "
          "concatenation "
          "works")
print(joined)
backslash = "continued \
line"
print(backslash)
raw = r"""C:\path\new"""
print(raw, len(raw))
print("""a
b""" == "a\nb")
def doc():
    """
    Multi-line docstring.

    With a blank line.
    """
print(repr(doc.__doc__))
