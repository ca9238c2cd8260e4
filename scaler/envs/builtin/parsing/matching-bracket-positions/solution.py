import sys


def main():
    s = sys.stdin.read().split()[1]
    match, stack = [0] * len(s), []
    for i, c in enumerate(s):
        if c in "([{":
            stack.append(i)
        else:
            j = stack.pop()
            match[i], match[j] = j + 1, i + 1
    print(" ".join(map(str, match)))


main()
