"""Each module of the two pairs that once imported each other (``kg.check.executors`` and
``kg.check.pipeline``; ``kg.sparql.results``, ``kg.store`` and ``kg.store.state``) imports
alone in a fresh interpreter: whichever is imported first, nothing finds the other half
initialised (their references to each other are made inside functions)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.cli.test_bad_input import _env

MODULES = ("kg.check.executors", "kg.check.pipeline", "kg.sparql.results", "kg.store",
           "kg.store.state", "kg.store.embedded")


@pytest.mark.parametrize("module", MODULES)
def test_the_module_imports_alone(module: str) -> None:
    # and its partners after it, as a caller that needs both would
    rest = "; ".join(f"import {m}" for m in MODULES if m != module)
    proc = subprocess.run([sys.executable, "-c", f"import {module}; {rest}"],
                          capture_output=True, text=True, env=_env())
    assert proc.returncode == 0, proc.stderr[-2000:]
