import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, limit = data[0], data[1]
    w = sorted(data[2 : 2 + n])
    light, heavy, boats = 0, n - 1, 0
    while light <= heavy:  # the heaviest person takes the lightest along when the two fit
        if light < heavy and w[light] + w[heavy] <= limit:
            light += 1
        heavy -= 1
        boats += 1
    print(boats)


main()
