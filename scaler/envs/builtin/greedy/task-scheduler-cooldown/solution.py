import sys
from collections import Counter


def main():
    k, tasks = sys.stdin.read().split()
    counts = Counter(tasks).values()
    most = max(counts)
    # the most frequent letters fix (most - 1) frames of length k + 1, plus one final partial frame
    frames = (most - 1) * (int(k) + 1) + sum(1 for c in counts if c == most)
    print(max(len(tasks), frames))


main()
