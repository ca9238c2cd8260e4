import sys


def sort_and_count(a):
    """Return (sorted a, number of inversions in a) by merge sort."""
    if len(a) <= 1:
        return a, 0
    mid = len(a) // 2
    left, x = sort_and_count(a[:mid])
    right, y = sort_and_count(a[mid:])
    merged, count, i, j = [], x + y, 0, 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            count += len(left) - i  # right[j] is smaller than every remaining left element
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    merged += left[i:] + right[j:]
    return merged, count


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    print(sort_and_count([int(x) for x in data[1 : 1 + n]])[1])


main()
