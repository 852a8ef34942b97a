from __future__ import annotations
def f(a: int, b: list[int] | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
class Node:
    value: int
    next: Node | None
    def link(self, other: Node) -> Node:
        return other
print(Node.__annotations__)
print(Node.link.__annotations__)
x: UndefinedName = 3
print(__annotations__)
print(x)
def g(p: 1 + 2) -> undefined.attr:
    pass
print(g.__annotations__)
