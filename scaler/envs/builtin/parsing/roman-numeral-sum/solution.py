import sys

VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
SYMBOLS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def parse(numeral):
    total = 0
    for here, after in zip(numeral, numeral[1:] + "I"):
        total += -VALUE[here] if VALUE[here] < VALUE[after] else VALUE[here]  # subtractive pair
    return total


def main():
    numerals = sys.stdin.read().split()[1:]
    x, out = sum(map(parse, numerals)), ""
    for value, symbol in SYMBOLS:
        count, x = divmod(x, value)
        out += symbol * count
    print(out)


main()
