import sys


def main():
    s = sys.stdin.read().split()[1]
    unmatched_open = unmatched_close = 0  # what is left after cancelling every matched pair
    for c in s:
        if c == "(":
            unmatched_open += 1
        elif unmatched_open:
            unmatched_open -= 1
        else:
            unmatched_close += 1
    # the leftovers look like ))...)((...(: fix pairs of each kind with one reversal, a ")(" with two
    print((unmatched_open + 1) // 2 + (unmatched_close + 1) // 2)


main()
