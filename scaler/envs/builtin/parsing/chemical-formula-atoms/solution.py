import re
import sys
from collections import Counter


def main():
    tokens = re.findall(r"[A-Z][a-z]?|\d+|\(|\)", sys.stdin.read())
    stack = [Counter()]
    for i, token in enumerate(tokens):
        count = int(tokens[i + 1]) if i + 1 < len(tokens) and tokens[i + 1].isdigit() else 1
        if token == "(":
            stack.append(Counter())
        elif token == ")":
            group = stack.pop()
            for element in group:
                stack[-1][element] += group[element] * count
        elif not token.isdigit():
            stack[-1][token] += count
    totals = stack[0]
    print("".join(e + (str(totals[e]) if totals[e] > 1 else "") for e in sorted(totals)))


main()
