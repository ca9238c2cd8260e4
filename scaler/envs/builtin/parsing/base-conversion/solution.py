import sys

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def main():
    a, b, text = sys.stdin.read().split()
    value, b = int(text, int(a)), int(b)
    out = ""
    while True:
        value, digit = divmod(value, b)
        out = DIGITS[digit] + out
        if not value:
            break
    print(out)


main()
