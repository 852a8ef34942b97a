class Shape:
    sides = 0
print(Shape.sides)
print(Shape.corners)
