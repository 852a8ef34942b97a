# More than 15 sub-exceptions are elided; nesting deeper than 10 levels
# prints "... (max_group_depth is 10)".
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
deep = ValueError("bottom")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
exactly = ExceptionGroup("exactly fifteen", [TypeError(i) for i in range(15)])
sixteen = ExceptionGroup("sixteen", [KeyError(i) for i in range(16)])
raise ExceptionGroup("limits", [wide, deep, exactly, sixteen])
