print("_pkg.other runs")
from .sub import VALUE
def combined():
    return "other sees " + VALUE
