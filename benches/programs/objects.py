"""Object-oriented code: small classes with attribute reads and writes,
method calls, properties, inheritance and operator overloading."""


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Body:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass

    @property
    def momentum(self):
        return self.vel.scale(self.mass)

    def step(self, dt):
        self.pos = self.pos + self.vel.scale(dt)


class Heavy(Body):
    def step(self, dt):
        super().step(dt / 2)


def main():
    bodies = [
        (Heavy if i % 3 == 0 else Body)(Vec(i, -i), Vec(1 + i % 5, 2 - i % 3), 1 + i % 4)
        for i in range(100)
    ]
    total = 0
    for _ in range(1000):
        for b in bodies:
            b.step(1)
        m = bodies[0].momentum
        for b in bodies:
            total += b.momentum.dot(m)
    checksum = (total + sum(int(b.pos.x + b.pos.y) for b in bodies)) % 1000000007
    print("objects checksum", checksum)


main()
