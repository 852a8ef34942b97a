text = None
words = text.strip().split()
