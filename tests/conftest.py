"""Shared fixtures: paths to ../shared material and a small hand-made environment."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCALER_64 = SHARED / "upstream-scaler" / "train" / "SCALER-64.json"
SCALER_8 = SHARED / "upstream-scaler" / "train" / "SCALER-8.json"


def needs_shared(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present (../shared is only beside CI checkouts)")


SUM_GENERATOR = '''
def generate(params, rng):
    n = params["n"]
    xs = [rng.randint(-100, 100) for _ in range(n)]
    return f"{n}\\n{' '.join(map(str, xs))}\\n", {"n": n, "xs": xs}
'''


@pytest.fixture
def toy_env():
    """A tiny trusted environment: the sum of n integers."""
    from scaler.environment import Environment, Provenance, ScaleParam, Solution

    return Environment(
        id="toy-sum",
        title="Toy sum",
        statement="Given n integers, compute their sum. The first line holds n, the second the integers.",
        output_instruction="Output one integer: the sum.",
        output_type="number",
        scale_params={"n": ScaleParam(1, 50)},
        levels=[{"n": 1}, {"n": 5}, {"n": 20}, {"n": 50}],
        generator=SUM_GENERATOR,
        solutions=[
            Solution("python", "n = int(input())\nprint(sum(map(int, input().split())))\n"),
            Solution(
                "cpp",
                "#include <cstdio>\nint main(){int n;long long s=0,x;scanf(\"%d\",&n);"
                "for(int i=0;i<n;i++){scanf(\"%lld\",&x);s+=x;}printf(\"%lld\\n\",s);}\n",
            ),
        ],
        provenance=Provenance("test", "", "Apache-2.0"),
        tags=["math"],
        trusted=True,
    )


@pytest.fixture(autouse=True)
def _autograd_back_on():
    """lighteval switches autograd off for the whole process when some of its modules are imported;
    a later training test in the same process must not inherit that."""
    yield
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_grad_enabled(True)
