import sys


def main():
    stack = []
    for name in sys.stdin.read().strip().split("/"):
        if name == "..":
            if stack:
                stack.pop()
        elif name and name != ".":
            stack.append(name)
    print("/" + "/".join(stack))


main()
