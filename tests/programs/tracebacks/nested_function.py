def outer(x):
    def inner(y):
        def innermost(z):
            return z.missing_attribute
        return innermost(y)
    return inner(x)
outer(5)
