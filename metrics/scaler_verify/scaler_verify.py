"""scaler's answer verifier as an ``evaluate`` metric: accuracy of completions against reference answers.

Each prediction is scored 1 or 0 by :func:`scaler.verifier.verify`: the last ``\\boxed{...}`` of the
completion must state the reference answer (exact integers, decimals within their printed precision,
arrays element by element, strings exactly). Needs the ``scaler`` package.

    import evaluate
    metric = evaluate.load("metrics/scaler_verify")           # a local path; works offline
    metric.compute(predictions=["so \\\\boxed{42}"], references=["42"], output_types=["number"])
    # {'accuracy': 1.0}
"""

import datasets
import evaluate

from scaler.verifier import verify

_CITATION = "SCALER (arXiv:2601.04809)"

_DESCRIPTION = __doc__

_KWARGS_DESCRIPTION = """
Args:
    predictions (list of str): model completions.
    references (list of str): reference answers (the normalised output of a reference solution).
    output_types (list of str, optional): "number", "array" or "string" per example (default "number").
Returns:
    accuracy (float): the fraction of predictions whose final boxed answer matches the reference.
"""


@evaluate.utils.file_utils.add_start_docstrings(_DESCRIPTION, _KWARGS_DESCRIPTION)
class ScalerVerify(evaluate.Metric):
    def _info(self):
        return evaluate.MetricInfo(
            description=_DESCRIPTION,
            citation=_CITATION,
            inputs_description=_KWARGS_DESCRIPTION,
            features=datasets.Features({"predictions": datasets.Value("string"),
                                        "references": datasets.Value("string")}),
        )

    def _compute(self, predictions, references, output_types=None):
        types = ["number"] * len(predictions) if output_types is None else output_types
        if len(types) != len(predictions):
            raise ValueError(f"output_types has {len(types)} entries for {len(predictions)} predictions")
        scores = [verify(p, r, t) for p, r, t in zip(predictions, references, types)]
        return {"accuracy": sum(scores) / len(scores) if scores else 0.0}
