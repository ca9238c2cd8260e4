import sys


def main():
    lines = sys.stdin.read().splitlines()
    n, m = map(int, lines[0].split())
    deck = list(range(1, n + 1))
    for line in lines[1 : 1 + m]:
        op = line.split()
        if op[0] == "cut":
            x = int(op[1])
            deck = deck[x:] + deck[:x]
        elif op[0] == "reverse":
            deck.reverse()
        else:
            half = (n + 1) // 2
            top, bottom = deck[:half], deck[half:]
            deck = [card for pair in zip(top, bottom + [None]) for card in pair if card is not None]
    print(" ".join(map(str, deck)))


main()
