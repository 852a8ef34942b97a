z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(z), z.conjugate(), z.real, z.imag)
print(z == complex(3, 4), z != w, 1j ** 2, (1 + 1j) ** 2, 2 * 1j, 1j * 1j == -1)
print(complex(2), complex(), complex("3+4j"), complex(1.5, 0), type(z).__name__)
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    1 / complex(0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(repr(1j), repr(-1j), repr(complex(-0.0, 1)), repr(complex(1, -0.0)), repr(0j), repr(complex(1e20, 1)))
print(hash(1 + 0j) == hash(1), {1j: "i"}[complex(0, 1)])
print(divmod(7, 2), 2 ** 0.5 == (2 + 0j) ** 0.5)
