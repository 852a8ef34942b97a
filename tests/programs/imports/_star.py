__all__ = ["public_a", "_exported_private"]
public_a = "a"
public_b = "b"
_exported_private = "p"
