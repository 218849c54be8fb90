"""The tutorial's commands run exactly as docs/tutorial.md shows them."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

TUTORIAL = ROOT / "docs" / "tutorial.md"


def blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", TUTORIAL.read_text(encoding="utf-8"), re.DOTALL)


def test_the_tutorial_runs_as_written(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    outputs = []
    for block in blocks():
        proc = subprocess.run(["bash", "-c", block], cwd=tmp_path, env=env, capture_output=True,
                              text=True)
        outputs.append((block, proc.returncode, proc.stdout + proc.stderr))
        assert "Traceback" not in proc.stderr, proc.stderr
    codes = [code for _, code, _ in outputs]
    # new; build (drafts); confirm; suggest; accept; check; what-if; fix and check again;
    # edit the text and re-anchor; the festival: new and confirm, suggest and accept, check
    assert codes == [0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1], outputs
    text = {i: out for i, (_, _, out) in enumerate(outputs)}
    assert "created my-claims/lindholm-2025: 6 draft claims, 11 figures, 1 dates, 2 waivers" \
        in text[0]
    assert "my-claims/lindholm-2025/claims.ttl:29: f-1 is a draft that nobody has confirmed" \
        in text[1]
    assert "4 suggestion(s) in my-claims/lindholm-2025/suggestions.ttl" in text[3]
    assert "VIOLATION  sum  f-1 + f-2 = f-3" in text[5]
    assert "DIAGNOSIS  '1,340' (1340) is most likely 13400 — power of ten (×10)" in text[5]
    assert "cleared: lindholm-2025/s-1/sum" in text[6]
    assert "ACCEPTED VIOLATION  sum" in text[7] and "nothing at or above 'violation'" in text[7]
    assert "note: lindholm-2025: the source text changed since it was encoded: 20 quotes found " \
        "again (20 moved); kg reanchor lindholm-2025 records the new checksum" in text[8]
    assert "lindholm-2025: re-anchored 20 quotes (20 moved); recorded the new checksum in " \
        "document.ttl" in text[8]
    # section 7: an average, a multiple and a compound growth rate
    assert "AverageRelation                f-2 ÷ f-1 = f-3 each   (evidence: 'an average of')" \
        in text[10]
    assert "MultipleRelation               f-4 is f-5 × f-6   (evidence: 'times')" in text[10]
    assert "CompoundGrowthRelation         f-7 to f-8 over 10 years: f-9 a year   (evidence: " \
        "'annual')" in text[10]
    assert "2 of 3 relations consistent (1 violation, 0 warnings)" in text[11]
    assert "arithmetic (6.2 million ÷ 2 million)^(1/10) − 1 = 11.98% a period; stated 21% a " \
        "period" in text[11]
    assert "expected   11.98% (11.61% to 12.35%)" in text[11]
    assert "DIAGNOSIS  '21 percent' (21%) is most likely 12% — transposed digits (21 → 12)" \
        in text[11]
    assert "✓ average" in text[11] and "✓ multiple" in text[11]


def test_the_tutorial_document_reaches_the_expected_report(tmp_path: Path) -> None:
    """After the tutorial: exactly the accepted sum, the passing percent change, and the two
    suggestions nobody accepted left unchecked."""
    test_the_tutorial_runs_as_written(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "kg", "check", "--claims", "my-claims",
                           "--format", "json"], cwd=tmp_path, capture_output=True, text=True)
    report = json.loads(proc.stdout)
    relations = sorted((f["relation"].rsplit("/", 1)[-1], f["check"], f["severity"],
                        bool(f["accepted"])) for f in report["findings"]
                       if f["check"] not in ("structure", "provenance"))
    assert relations == [("s-1", "sum", "violation", True),
                         ("s-2", "percent-change", "pass", False)]
    assert report["summary"]["relations"] == 2 and report["conforms"] is True
