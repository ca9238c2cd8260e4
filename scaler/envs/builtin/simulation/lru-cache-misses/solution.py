import sys
from collections import OrderedDict


def main():
    data = list(map(int, sys.stdin.read().split()))
    k, m = data[0], data[1]
    cache, misses = OrderedDict(), 0  # oldest first
    for page in data[2 : 2 + m]:
        if page in cache:
            cache.move_to_end(page)
            continue
        misses += 1
        if len(cache) == k:
            cache.popitem(last=False)
        cache[page] = True
    print(misses)


main()
