import sys


def main():
    s, k = sys.stdin.read().split()
    k = int(k)
    stack = []
    for d in s:  # drop a larger digit whenever a smaller one follows it
        while k and stack and stack[-1] > d:
            stack.pop()
            k -= 1
        stack.append(d)
    kept = stack[: len(stack) - k]
    print("".join(kept).lstrip("0") or "0")


main()
