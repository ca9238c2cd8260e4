import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, a = data[0], data[1:]
    # a[i] is the minimum of the subarrays reaching left to just after a smaller element and right to
    # just before a smaller-or-equal one (ties go to the rightmost position)
    left, right, stack = [0] * n, [0] * n, []
    for i in range(n):
        while stack and a[stack[-1]] > a[i]:
            stack.pop()
        left[i] = i - (stack[-1] if stack else -1)
        stack.append(i)
    stack = []
    for i in reversed(range(n)):
        while stack and a[stack[-1]] >= a[i]:
            stack.pop()
        right[i] = (stack[-1] if stack else n) - i
        stack.append(i)
    print(sum(a[i] * left[i] * right[i] for i in range(n)))


main()
