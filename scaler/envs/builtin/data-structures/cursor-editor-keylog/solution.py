import sys


def main():
    left, right = [], []  # characters before the cursor; characters after it, reversed
    for key in sys.stdin.read().strip():
        if key == "<":
            if left:
                right.append(left.pop())
        elif key == ">":
            if right:
                left.append(right.pop())
        elif key == "-":
            if left:
                left.pop()
        else:
            left.append(key)
    print("".join(left) + "".join(reversed(right)))


main()
