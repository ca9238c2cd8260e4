import sys

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}


def main():
    out, ops = [], []
    for c in sys.stdin.read().strip():
        if c.isalpha():
            out.append(c)
        elif c == "(":
            ops.append(c)
        elif c == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:  # pop while the stacked operator binds at least as tightly (strictly, for right-assoc ^)
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[c] or (PREC[ops[-1]] == PREC[c] and c != "^")):
                out.append(ops.pop())
            ops.append(c)
    out.extend(reversed(ops))
    print("".join(out))


main()
