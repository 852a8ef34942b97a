# At module level the combined group of an except* statement has no
# traceback entry of its own.
try:
    raise ExceptionGroup("module", [ValueError(1), TypeError(2)])
except* ValueError:
    raise KeyError("replacement")
except* TypeError:
    raise
