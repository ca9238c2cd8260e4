"""Shortest path through a grid maze between two marked cells."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
A maze is a grid of R rows and C columns. Each cell is free ('.') or a wall ('#'), except two free
cells that are marked: 'S' is where you start and 'T' is the target. In one move you can step to a
free cell that shares a side with your current cell (up, down, left or right); you cannot leave the
grid or enter a wall. Find the minimum number of moves needed to get from S to T, or report -1 if T
cannot be reached.

Input: the first line contains R and C. Each of the next R lines contains a string of C characters
('.', '#', 'S' or 'T') describing one row of the maze from left to right. Exactly one cell is 'S'
and exactly one cell is 'T'.
"""

GENERATOR = '''\
def generate(params, rng):
    rows, cols = params["rows"], params["cols"]
    density = rng.uniform(0.1, 0.35)
    grid = [["#" if rng.random() < density else "." for _ in range(cols)] for _ in range(rows)]
    start, target = rng.sample(range(rows * cols), 2)
    grid[start // cols][start % cols] = "S"
    grid[target // cols][target % cols] = "T"
    lines = ["".join(row) for row in grid]
    return f"{rows} {cols}\\n" + "\\n".join(lines) + "\\n", {"R": rows, "C": cols, "maze": lines}
'''

PYTHON_SOLUTION = '''\
import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    rows, cols = int(data[0]), int(data[1])
    grid = data[2 : 2 + rows]
    cells = [(r, c) for r in range(rows) for c in range(cols)]
    start = next(cell for cell in cells if grid[cell[0]][cell[1]] == "S")
    target = next(cell for cell in cells if grid[cell[0]][cell[1]] == "T")
    dist = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[nr, nc] = dist[r, c] + 1
                queue.append((nr, nc))
    print(dist.get(target, -1))


main()
'''

CPP_SOLUTION = r'''
#include <bits/stdc++.h>
using namespace std;

// Bellman-Ford style: relax every free cell from its neighbours until nothing changes.
int main() {
    int rows, cols;
    cin >> rows >> cols;
    vector<string> grid(rows);
    for (auto& row : grid) cin >> row;
    const int INF = INT_MAX / 2;
    vector<vector<int>> dist(rows, vector<int>(cols, INF));
    int target_r = 0, target_c = 0;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            if (grid[r][c] == 'S') dist[r][c] = 0;
            if (grid[r][c] == 'T') target_r = r, target_c = c;
        }
    const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    for (bool changed = true; changed;) {
        changed = false;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                if (grid[r][c] == '#') continue;
                for (int k = 0; k < 4; ++k) {
                    int nr = r + dr[k], nc = c + dc[k];
                    if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == '#') continue;
                    if (dist[nr][nc] + 1 < dist[r][c]) {
                        dist[r][c] = dist[nr][nc] + 1;
                        changed = true;
                    }
                }
            }
    }
    int d = dist[target_r][target_c];
    cout << (d >= INF ? -1 : d) << "\n";
}
'''

_SIZES = [(2, 2), (2, 3), (3, 3), (3, 4), (4, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 10), (10, 12),
          (12, 14), (14, 17), (17, 20), (20, 24), (24, 28), (28, 33), (33, 39), (38, 45)]

ENV = Environment(
    id="grid-shortest-path",
    title="Shortest Path in a Grid Maze",
    statement=STATEMENT,
    output_instruction="Output one integer: the minimum number of moves, or -1 if the target cannot be reached.",
    output_type="number",
    scale_params={"rows": ScaleParam(2, 38), "cols": ScaleParam(2, 45)},
    levels=[{"rows": r, "cols": c} for r, c in _SIZES],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["graphs", "bfs", "grids"],
)
