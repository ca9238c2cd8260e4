import math


def generate(params, rng):
    n, side = params["n"], 61
    while True:  # a star-shaped polygon: distinct points sorted by angle around their centroid
        points = [divmod(p, side) for p in rng.sample(range(side * side), n)]
        sx, sy = sum(x for x, _ in points), sum(y for _, y in points)
        by_direction = {}
        for x, y in points:
            dx, dy = n * x - sx, n * y - sy
            if dx or dy:
                g = math.gcd(dx, dy)
                by_direction.setdefault((dx // g, dy // g), (x, y))  # one point per ray from the centroid
        if len(by_direction) >= 3:
            break
    polygon = [by_direction[d] for d in sorted(by_direction, key=lambda d: math.atan2(d[1], d[0]))]
    start = rng.randrange(len(polygon))
    polygon = polygon[start:] + polygon[:start]
    if rng.random() < 0.5:
        polygon.reverse()
    text = f"{len(polygon)}\n" + "".join(f"{x} {y}\n" for x, y in polygon)
    return text, {"n": len(polygon), "vertices": [list(p) for p in polygon]}
