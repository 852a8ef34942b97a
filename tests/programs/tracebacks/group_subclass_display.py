# A group subclass prints with its own str(), and its members come from the
# group itself, whatever its `exceptions` attribute says.
class Sneaky(ExceptionGroup):
    @property
    def exceptions(self):
        return "not a tuple"

    def __str__(self):
        return "custom str"

raise Sneaky("s", [ValueError(1), KeyError(2)])
