class Guard:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exiting guard with", et.__name__)
        return False
with Guard():
    [].pop()
