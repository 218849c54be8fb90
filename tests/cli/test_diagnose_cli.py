"""kg diagnose: one row per suspect figure, naming its document."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.cli.test_bad_input import kg


def test_each_row_names_its_document(tmp_path: Path) -> None:
    """Issue 15: over several documents the rows did not say which document they are in."""
    proc = kg("diagnose", "--format", "csv", cwd=tmp_path)  # the bundled two documents
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [(r["document"], r["figure"].rsplit("/", 1)[-1], r["pattern"]) for r in rows] == [
        ("china-us-ecommerce-2014", "f-bf-malls", "power of ten")]
