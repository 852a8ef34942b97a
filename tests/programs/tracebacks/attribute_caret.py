class Node:
    def __init__(self):
        self.next = None
head = Node()
head.next = Node()
print(head.next.next.value)
