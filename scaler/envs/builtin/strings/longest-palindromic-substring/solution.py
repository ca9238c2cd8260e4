import sys


def main():
    s = sys.stdin.read().strip()
    best_start, best_length = 0, 0
    for centre in range(2 * len(s) - 1):  # even centres lie between two characters
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        start, length = lo + 1, hi - lo - 1
        if length > best_length or (length == best_length and start < best_start):
            best_start, best_length = start, length
    print(s[best_start : best_start + best_length])


main()
