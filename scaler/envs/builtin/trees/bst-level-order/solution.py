import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    keys = data[1 : 1 + data[0]]
    left, right = {}, {}
    root = keys[0]
    for key in keys[1:]:
        node = root
        while True:
            side = left if key < node else right
            if node not in side:
                side[node] = key
                break
            node = side[node]
    level, order = [root], []
    while level:
        order += level
        level = [child for node in level for child in (left.get(node), right.get(node)) if child is not None]
    print(" ".join(map(str, order)))


main()
