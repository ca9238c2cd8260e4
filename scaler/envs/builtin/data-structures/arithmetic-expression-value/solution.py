import re
import sys

PRECEDENCE = {"+": 1, "-": 1, "*": 2}
APPLY = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}


def main():
    values, operators = [], []  # shunting-yard, evaluating as operators leave the stack

    def reduce():
        b, a = values.pop(), values.pop()
        values.append(APPLY[operators.pop()](a, b))

    for token in re.findall(r"\d+|[-+*()]", sys.stdin.read()):
        if token.isdigit():
            values.append(int(token))
        elif token == "(":
            operators.append(token)
        elif token == ")":
            while operators[-1] != "(":
                reduce()
            operators.pop()
        else:
            while operators and operators[-1] != "(" and PRECEDENCE[operators[-1]] >= PRECEDENCE[token]:
                reduce()
            operators.append(token)
    while operators:
        reduce()
    print(values[0])


main()
