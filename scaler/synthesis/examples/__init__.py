"""A small worked example of synthesis: five problems and hand-written model answers to replay.

``problems.jsonl`` (generic schema) and ``replay.jsonl`` (recorded exchanges): two problems become
environments (one after feedback on a malformed answer and on a generator that ignores its scale),
one has no passing solutions, one has no unique answer, and one gets a hostile generator. Used by the
tests, the docs and ``scaler bench synthesis``.
"""

from pathlib import Path

EXAMPLE_PROBLEMS = Path(__file__).with_name("problems.jsonl")
EXAMPLE_REPLAY = Path(__file__).with_name("replay.jsonl")
