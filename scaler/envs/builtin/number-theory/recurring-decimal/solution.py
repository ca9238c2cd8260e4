import sys


def main():
    p, q = map(int, sys.stdin.read().split())
    whole, remainder = divmod(p, q)
    if remainder == 0:
        print(whole)
        return
    digits, position = [], {}
    while remainder and remainder not in position:
        position[remainder] = len(digits)
        digits.append(str(remainder * 10 // q))
        remainder = remainder * 10 % q
    if remainder:
        start = position[remainder]
        print(f"{whole}.{''.join(digits[:start])}({''.join(digits[start:])})")
    else:
        print(f"{whole}.{''.join(digits)}")


main()
