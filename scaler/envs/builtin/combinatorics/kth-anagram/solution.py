import math
import sys
from collections import Counter


def arrangements(counts):
    total = math.factorial(sum(counts.values()))
    for c in counts.values():
        total //= math.factorial(c)
    return total


def main():
    word, k_text = sys.stdin.read().split()
    counts, k, out = Counter(word), int(k_text), []
    for _ in range(len(word)):
        for letter in sorted(c for c in counts if counts[c]):
            counts[letter] -= 1
            block = arrangements(counts)  # words that continue with this letter
            if k <= block:
                out.append(letter)
                break
            k -= block
            counts[letter] += 1
    print("".join(out))


main()
