import sys


def main():
    s = sys.stdin.read().split()[1]
    # every innermost "()" at depth d contributes 2^(d-1)
    depth = total = 0
    for i, c in enumerate(s):
        if c == "(":
            depth += 1
        else:
            depth -= 1
            if s[i - 1] == "(":
                total += 1 << depth
    print(total)


main()
