import sys


def main():
    s = sys.stdin.read().strip()
    before, current = 1, 1 if s[0] != "0" else 0  # decodings of s[:i-1] and s[:i]
    for i in range(1, len(s)):
        single = current if s[i] != "0" else 0
        double = before if 10 <= int(s[i - 1 : i + 1]) <= 26 else 0
        before, current = current, single + double
    print(current)


main()
