import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    heights = data[1 : 1 + data[0]] + [0]  # the final 0 flushes the stack
    stack, best = [], 0  # indices of bars with increasing heights
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] >= h:
            top = stack.pop()
            left = stack[-1] + 1 if stack else 0
            best = max(best, heights[top] * (i - left))
        stack.append(i)
    print(best)


main()
