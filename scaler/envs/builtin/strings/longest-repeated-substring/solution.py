import sys


def repeats(s, length):
    """The substrings of the given length that occur at least twice."""
    seen, twice = set(), set()
    for i in range(len(s) - length + 1):
        block = s[i : i + length]
        (twice if block in seen else seen).add(block)
    return twice


def main():
    s = sys.stdin.read().strip()
    low, high = 1, len(s) - 1  # a repeat of length L contains repeats of every shorter length
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if repeats(s, mid) else (low, mid - 1)
    print(min(repeats(s, low)))


main()
