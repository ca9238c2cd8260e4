import sys


def main():
    total = 0
    for title in sys.stdin.read().split()[1:]:
        number = 0
        for c in title:
            number = number * 26 + ord(c) - ord("A") + 1
        total += number
    out = ""
    while total:
        total, digit = divmod(total - 1, 26)  # shift to 0..25 because there is no zero digit
        out = chr(ord("A") + digit) + out
    print(out)


main()
