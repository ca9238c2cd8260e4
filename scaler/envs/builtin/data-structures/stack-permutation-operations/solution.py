import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, target = data[0], data[1:]
    stack, operations, arrived = [], [], 0
    for wanted in target:  # push until the wanted number is on top, then pop it
        while not stack or stack[-1] != wanted:
            arrived += 1
            stack.append(arrived)
            operations.append("P")
        stack.pop()
        operations.append("O")
    print("".join(operations))


main()
