import re
import sys


def main():
    depth = total = 0
    for token in re.findall(r"-?\d+|[\[\]]", sys.stdin.read()):
        if token == "[":
            depth += 1
        elif token == "]":
            depth -= 1
        else:
            total += int(token) * depth
    print(total)


main()
