import sys


def main():
    names = []
    for part in sys.stdin.read().strip().split("/"):
        if part == "..":
            if names:
                names.pop()
        elif part and part != ".":
            names.append(part)
    print("/" + "/".join(names))


main()
