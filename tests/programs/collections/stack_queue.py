stack = []
for ch in "abc":
    stack.append(ch)
print(stack.pop(), stack.pop(), stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
class Deque:
    def __init__(self):
        self.front = []
        self.back = []
    def push(self, x):
        self.back.append(x)
    def pop(self):
        if not self.front:
            while self.back:
                self.front.append(self.back.pop())
        return self.front.pop()
    def __len__(self):
        return len(self.front) + len(self.back)
q = Deque()
for i in range(5):
    q.push(i)
out = [q.pop(), q.pop()]
q.push(99)
while len(q):
    out.append(q.pop())
print(out)
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            st.append(float(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * +"))
