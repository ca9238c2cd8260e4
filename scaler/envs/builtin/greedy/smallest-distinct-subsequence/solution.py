import sys


def main():
    s = sys.stdin.read().strip()
    last = {ch: i for i, ch in enumerate(s)}
    stack, used = [], set()
    for i, ch in enumerate(s):
        if ch in used:
            continue
        while stack and stack[-1] > ch and last[stack[-1]] > i:  # a larger letter can come later
            used.discard(stack.pop())
        stack.append(ch)
        used.add(ch)
    print("".join(stack))


main()
