print("about to fail")
raise ValueError("simple failure")
