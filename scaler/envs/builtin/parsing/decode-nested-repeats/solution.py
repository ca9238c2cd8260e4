import sys


def main():
    stack, current, count = [], "", 0  # stack of (text before the group, repeat count)
    for c in sys.stdin.read().strip():
        if c.isdigit():
            count = count * 10 + int(c)
        elif c == "[":
            stack.append((current, count))
            current, count = "", 0
        elif c == "]":
            before, k = stack.pop()
            current = before + current * k
        else:
            current += c
    print(current)


main()
