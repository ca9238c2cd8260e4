import sys


def main():
    stack, current, count = [], "", 0  # stack of (text before '[', repeat count)
    for c in sys.stdin.read().strip():
        if c.isdigit():
            count = int(c)
        elif c == "[":
            stack.append((current, count))
            current = ""
        elif c == "]":
            before, k = stack.pop()
            current = before + current * k
        else:
            current += c
    print(current)


main()
