print("_raises_on_import: partially executed")
PARTIAL = 1
raise ValueError("module failed during import")
