import sys


def postorder(preorder, inorder):
    if not preorder:
        return ""
    split = inorder.index(preorder[0])
    return (postorder(preorder[1 : split + 1], inorder[:split])
            + postorder(preorder[split + 1 :], inorder[split + 1 :]) + preorder[0])


def main():
    preorder, inorder = sys.stdin.read().split()
    print(postorder(preorder, inorder))


main()
