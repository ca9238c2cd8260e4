def generate(params, rng):
    n = params["n"]
    letters = rng.sample("ABCDEFGHIJKLMNOPQRSTUVWXYZ", n)

    def build(items):  # a random binary tree as (preorder, inorder) over items
        if not items:
            return "", ""
        root = rng.randrange(len(items))
        left, right = build(items[:root]), build(items[root + 1 :])
        return items[root] + left[0] + right[0], left[1] + items[root] + right[1]

    preorder, inorder = build(letters)
    return f"{preorder} {inorder}\n", {"preorder": preorder, "inorder": inorder}
