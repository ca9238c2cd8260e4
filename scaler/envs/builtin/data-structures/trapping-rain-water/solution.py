import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    heights = data[1 : 1 + data[0]]
    stack, water = [], 0  # indices of columns with non-increasing heights
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] < h:
            bottom = heights[stack.pop()]
            if stack:  # water between the new left wall and column i, above the popped floor
                left = stack[-1]
                water += (min(heights[left], h) - bottom) * (i - left - 1)
        stack.append(i)
    print(water)


main()
