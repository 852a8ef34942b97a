# A keyword attribute may appear once in a class pattern.
match 1:
    case int(real=1, imag=0, real=2):
        pass
