"""The top-level API: every name in ``scaler.__all__`` resolves to what it says, whatever was imported before."""

from __future__ import annotations

import importlib
import subprocess
import sys

import scaler


def test_every_export_resolves():
    for name in scaler.__all__:
        assert getattr(scaler, name) is not None, name


def test_verify_is_the_function_even_after_its_module_is_imported():
    code = ("import scaler.verifier, scaler.engine\nfrom scaler import verify, make_instance\n"
            "assert callable(verify) and verify('so \\\\boxed{42}', '42', 'number') == 1.0\n"
            "assert callable(make_instance)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_unknown_names_raise_attribute_error():
    module = importlib.import_module("scaler")
    try:
        module.no_such_name  # noqa: B018
    except AttributeError as e:
        assert "no_such_name" in str(e)
    else:
        raise AssertionError("expected AttributeError")
