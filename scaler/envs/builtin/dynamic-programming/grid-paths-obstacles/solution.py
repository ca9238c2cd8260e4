import sys


def main():
    data = sys.stdin.read().split()
    c = int(data[1])
    paths = [1] + [0] * (c - 1)  # paths[j]: paths into column j of the current row
    for row in data[2:]:
        for j, cell in enumerate(row):
            paths[j] = 0 if cell == "#" else paths[j] + (paths[j - 1] if j else 0)
    print(paths[-1])


main()
