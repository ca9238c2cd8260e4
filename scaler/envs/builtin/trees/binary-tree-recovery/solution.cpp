#include <bits/stdc++.h>
using namespace std;

// Insert the nodes in preorder into a search tree keyed by their inorder position.
array<int, 128> leftChild, rightChild, position;

void postorder(int node, string& out) {
    if (!node) return;
    postorder(leftChild[node], out);
    postorder(rightChild[node], out);
    out += char(node);
}

int main() {
    string preorder, inorder;
    cin >> preorder >> inorder;
    for (size_t i = 0; i < inorder.size(); ++i) position[inorder[i]] = i;
    int root = preorder[0];
    for (size_t i = 1; i < preorder.size(); ++i) {
        int node = preorder[i], at = root;
        while (true) {
            auto& next = position[node] < position[at] ? leftChild[at] : rightChild[at];
            if (!next) { next = node; break; }
            at = next;
        }
    }
    string out;
    postorder(root, out);
    cout << out << "\n";
}
