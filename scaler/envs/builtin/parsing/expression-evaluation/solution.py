import re
import sys

PRECEDENCE = {"+": 1, "-": 1, "*": 2}


def apply(values, op):
    right, left = values.pop(), values.pop()
    values.append(left + right if op == "+" else left - right if op == "-" else left * right)


def main():
    tokens = re.findall(r"\d+|[-+*()]", sys.stdin.read())
    values, ops = [], []  # shunting-yard with immediate evaluation
    for token in tokens:
        if token.isdigit():
            values.append(int(token))
        elif token == "(":
            ops.append(token)
        elif token == ")":
            while ops[-1] != "(":
                apply(values, ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and PRECEDENCE[ops[-1]] >= PRECEDENCE[token]:
                apply(values, ops.pop())
            ops.append(token)
    while ops:
        apply(values, ops.pop())
    print(values[0])


main()
