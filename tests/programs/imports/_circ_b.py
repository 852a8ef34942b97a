print("_circ_b start")
import _circ_a
B_VALUE = "b-value"
print("_circ_b sees", _circ_a.A_EARLY, hasattr(_circ_a, "A_LATE"))
print("_circ_b end")
