import sys
from collections import deque


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    arrival, left = data[2 : 2 + 2 * n : 2], data[3 : 3 + 2 * n : 2]
    done, queue, nxt, time, preempted = [0] * n, deque(), 0, 0, None
    while nxt < n or queue or preempted is not None:
        while nxt < n and arrival[nxt] <= time:
            queue.append(nxt)
            nxt += 1
        if preempted is not None:
            queue.append(preempted)
            preempted = None
        if not queue:
            time = arrival[nxt]  # idle until the next arrival
            continue
        p = queue.popleft()
        run = min(q, left[p])
        time += run
        left[p] -= run
        if left[p]:
            preempted = p
        else:
            done[p] = time
    print(" ".join(map(str, done)))


main()
