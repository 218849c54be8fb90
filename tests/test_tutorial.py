"""The tutorial's commands run exactly as docs/tutorial.md shows them."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, built_once

TUTORIAL = ROOT / "docs" / "tutorial.md"


def blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", TUTORIAL.read_text(encoding="utf-8"), re.DOTALL)


def _run_the_tutorial(folder: Path) -> None:
    """Every block of the tutorial, in order, in ``folder/work``; what each printed and its
    exit code kept in ``folder/outputs.json``."""
    work = folder / "work"
    shutil.copytree(ROOT / "examples", work / "examples")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    outputs = []
    for block in blocks():
        proc = subprocess.run(["bash", "-c", block], cwd=work, env=env, capture_output=True,
                              text=True)
        outputs.append({"block": block, "code": proc.returncode, "stdout": proc.stdout,
                        "stderr": proc.stderr})
    (folder / "outputs.json").write_text(json.dumps(outputs), encoding="utf-8")


@pytest.fixture(scope="module")
def tutorial(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """The tutorial run once for both tests (a minute of commands, each a process of its
    own): the folder it ran in, and each block's output and exit code."""
    folder = built_once(tmp_path_factory, "tutorial", _run_the_tutorial)
    return folder / "work", json.loads((folder / "outputs.json").read_text(encoding="utf-8"))


def test_the_tutorial_runs_as_written(tutorial: tuple[Path, list[dict]]) -> None:
    _assert_the_tutorial_ran_as_written(*tutorial)


def _assert_the_tutorial_ran_as_written(tmp_path: Path, ran: list[dict]) -> None:
    outputs = []
    for run in ran:
        outputs.append((run["block"], run["code"], run["stdout"] + run["stderr"]))
        assert "Traceback" not in run["stderr"], run["stderr"]
    # section 0: a web page and a PDF read and checked; the PDF alone checked again
    reading, outputs = outputs[:2], outputs[2:]
    assert [code for _, code, _ in reading] == [1, 0], reading
    assert "read examples/reading/harbour-traffic.html (html) into my-reads/harbour-traffic" \
        in reading[0][2]
    assert "read examples/reading/ferries-q3-2024.pdf (pdf) into my-reads/ferries-q3-2024" \
        in reading[0][2]
    assert "(2 violations, 0 warnings) in 2 documents" in reading[0][2]
    diagnosis = TUTORIAL.read_text(encoding="utf-8").split("percent change:\n\n```\n")[1] \
        .split("```")[0]
    for line in diagnosis.strip().splitlines():
        assert line in reading[0][2], line
    assert "(0 violations, 0 warnings)" in reading[1][2]
    assert "share" in reading[1][2]  # "of revenue": the quarter's revenue, read and checked
    codes = [code for _, code, _ in outputs]
    # new; build (drafts); confirm; suggest; accept; check; what-if; fix and check again;
    # edit the text and re-anchor; the festival: new and confirm, suggest and accept, check;
    # the ferries: new, then confirm, suggest, accept and check
    assert codes == [0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1], outputs
    text = {i: out for i, (_, _, out) in enumerate(outputs)}
    assert "created my-claims/lindholm-2025: 6 draft claims, 11 figures, 1 dates, 2 waivers" \
        in text[0]
    assert "my-claims/lindholm-2025/claims.ttl:29: f-1 is a draft that nobody has confirmed" \
        in text[1]
    assert "5 suggestion(s) in my-claims/lindholm-2025/suggestions.ttl" in text[3]
    shown = TUTORIAL.read_text(encoding="utf-8").split("triggered it:\n\n```\n")[1].split("```")[0]
    assert shown.splitlines() == [line for line in text[3].splitlines() if "evidence" in line]
    assert "VIOLATION  sum  1,340 + 2,710 = 16,110" in text[5]
    assert "DIAGNOSIS  '1,340' (1340) is most likely 13400 — power of ten (×10)" in text[5]
    assert "cleared: lindholm-2025/s-1/sum" in text[6]
    assert "ACCEPTED VIOLATION  sum" in text[7] and "nothing at or above 'violation'" in text[7]
    assert "note: lindholm-2025: the source text changed since it was encoded: 20 quotes found " \
        "again (20 moved); kg reanchor lindholm-2025 records the new checksum" in text[8]
    assert "lindholm-2025: re-anchored 20 quotes (20 moved); recorded the new checksum in " \
        "document.ttl" in text[8]
    # section 7: an average, a multiple and a compound growth rate
    assert "AverageRelation                57.6 million euros ÷ 1.2 million = 48 euros each   " \
        "(evidence: 'average of 48 euros')" in text[10]
    assert "MultipleRelation               3.1 million euros × 3 = 9.3 million euros (three " \
        "times)   (evidence: 'three times')" in text[10]
    assert "CompoundGrowthRelation         2.0 million (2014) to 6.2 million (2024): 21 percent " \
        "a year   (evidence: 'annual rate of 21 percent')" in text[10]
    assert "2 of 3 relations consistent (1 violation, 0 warnings)" in text[11]
    assert "arithmetic (6.2 million ÷ 2.0 million)^(1/10) − 1 = 11.98% a year; stated 21 " \
        "percent a year" in text[11]
    assert "expected   11.98% (11.61% to 12.35%)" in text[11]
    assert "DIAGNOSIS  '21 percent' (21%) is most likely 12% — transposed digits (21 → 12)" \
        in text[11]
    assert "✓ average" in text[11] and "✓ multiple" in text[11]
    # section 8: a count of people and a rate drafted as such, the conversion the right way
    assert "cg:measures cg:PeopleCount" in (tmp_path / "ferry-claims" / "ferries-2025" /
                                           "claims.ttl").read_text(encoding="utf-8")
    assert "qudt:unit cg:CurrencyPerCurrency ;" in text[12] and \
        "cg:measures cg:ExchangeRate ;" in text[12]
    shown = TUTORIAL.read_text(encoding="utf-8").split(":r-fx a cg:ConversionRelation")[1]
    roles = re.search(r"cg:amount .*? \.", shown).group(0)
    assert roles in (tmp_path / "ferry-claims" / "ferries-2025" / "suggestions.ttl").read_text(
        encoding="utf-8")
    assert "1 of 2 relations consistent (1 violation, 0 warnings)" in text[13]
    assert "DIAGNOSIS  '140 million US dollars' (140 million US dollars) is most likely 104 " \
        "million US dollars — transposed digits (40 → 04)" in text[13]


def test_the_tutorial_document_reaches_the_expected_report(
        tutorial: tuple[Path, list[dict]], tmp_path: Path) -> None:
    """After the tutorial: exactly the accepted sum, the passing percent change, and the two
    suggestions nobody accepted left unchecked."""
    _assert_the_tutorial_ran_as_written(*tutorial)
    shutil.rmtree(tmp_path)
    shutil.copytree(tutorial[0], tmp_path, symlinks=True)  # the check below writes its cache
    proc = subprocess.run([sys.executable, "-m", "kg", "check", "--claims", "my-claims",
                           "--format", "json"], cwd=tmp_path, capture_output=True, text=True)
    report = json.loads(proc.stdout)
    relations = sorted((f["relation"].rsplit("/", 1)[-1], f["check"], f["severity"],
                        bool(f["accepted"])) for f in report["findings"]
                       if f["check"] not in ("structure", "provenance"))
    assert relations == [("s-1", "sum", "violation", True),
                         ("s-2", "percent-change", "pass", False)]
    assert report["summary"]["relations"] == 2 and report["conforms"] is True
