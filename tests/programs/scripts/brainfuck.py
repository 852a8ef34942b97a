"""A brainfuck interpreter with bracket precomputation and an output buffer."""

class BFError(Exception):
    pass

def compile_brackets(code):
    stack, jumps = [], {}
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                raise BFError("unmatched ] at %d" % i)
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise BFError("unmatched [ at %d" % stack[-1])
    return jumps

def run(code, input_bytes=b"", max_steps=2_000_000):
    code = "".join(c for c in code if c in "+-<>[].,")
    jumps = compile_brackets(code)
    tape = [0] * 300
    ptr = pc = steps = 0
    inp = list(input_bytes)
    out = []
    while pc < len(code):
        c = code[pc]
        if c == "+":
            tape[ptr] = (tape[ptr] + 1) & 255
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) & 255
        elif c == ">":
            ptr += 1
            if ptr >= len(tape):
                tape.extend([0] * 100)
        elif c == "<":
            ptr -= 1
            if ptr < 0:
                raise BFError("pointer moved left of cell 0")
        elif c == ".":
            out.append(tape[ptr])
        elif c == ",":
            tape[ptr] = inp.pop(0) if inp else 0
        elif c == "[":
            if tape[ptr] == 0:
                pc = jumps[pc]
        elif c == "]":
            if tape[ptr] != 0:
                pc = jumps[pc]
        pc += 1
        steps += 1
        if steps > max_steps:
            raise BFError("step limit exceeded")
    return bytes(out), steps

HELLO = """++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."""
out, steps = run(HELLO)
print(out.decode(), end="")
print("steps:", steps)
REVERSE = ">,[>,]<[.<]"
print(run(REVERSE, b"stressed")[0].decode())
ADD = ",>,[<+>-]<."
print(run(ADD, bytes([30, 12]))[0][0])
MUL = ",>,<[>[>+>+<<-]>>[<<+>>-]<<<-]>>."
prod, steps = run(MUL, bytes([6, 7]))
print(prod[0], steps)
COUNTDOWN = "++++++++++>+++++++++[>++++++<-]>+++<<[>>.-<<-]"
print(run(COUNTDOWN)[0].decode())
for bad in ["[[]", "]", "<"]:
    try:
        run(bad)
    except BFError as e:
        print("BFError:", e)
try:
    run("+[]", max_steps=1000)
except BFError as e:
    print("BFError:", e)
