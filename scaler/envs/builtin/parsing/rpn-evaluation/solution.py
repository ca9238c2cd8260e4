import sys


def main():
    tokens = sys.stdin.read().split()[1:]
    stack = []
    for token in tokens:
        if token in "+-*":
            right, left = stack.pop(), stack.pop()
            stack.append(left + right if token == "+" else left - right if token == "-" else left * right)
        else:
            stack.append(int(token))
    print(stack[0])


main()
