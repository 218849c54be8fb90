"""kg synth: deterministic documents whose planted errors are exactly what kg check finds."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

from kg.check.pipeline import check_folder
from kg.synth import PATTERNS, make_document, write_corpus
from tests.cli.test_bad_input import kg
from tests.conftest import built_once


def _write_and_check(folder: Path) -> None:
    out = folder / "synth"
    write_corpus(out, documents=36, seed=11)  # 36: each pattern on each block kind it rotates through
    run = check_folder(out, cache_dir=None)
    # what the tests read of the check, as JSON (never pickle: nothing loads code from disk)
    (folder / "run.json").write_text(json.dumps({
        "problems": [str(p) for p in run.problems],
        "findings": [{"focus": f.focus, "severity": f.severity, "check": f.check}
                     for f in run.report.findings],
        "summary": run.report.summary(),
        "diagnoses": [{k: d[k] for k in ("figure", "pattern", "rank")}
                      for d in run.report.diagnoses]}, default=str), encoding="utf-8")


@pytest.fixture(scope="module")
def _written_and_checked(tmp_path_factory) -> Path:
    """The corpus, written and checked once for the run (by whichever test worker asks
    first): three tests assert different things about the one check of it."""
    return built_once(tmp_path_factory, "synth-11", _write_and_check)


@pytest.fixture(scope="module")
def corpus(_written_and_checked: Path) -> Path:
    return _written_and_checked / "synth"


@pytest.fixture(scope="module")
def checked(_written_and_checked: Path) -> SimpleNamespace:
    """``check_folder(corpus, cache_dir=None)``: its problems and what the tests read of its
    report (each finding's focus, severity and check; the summary; the diagnoses)."""
    run = json.loads((_written_and_checked / "run.json").read_text(encoding="utf-8"))
    report = SimpleNamespace(findings=[SimpleNamespace(**f) for f in run["findings"]],
                             summary=lambda: run["summary"], diagnoses=run["diagnoses"])
    return SimpleNamespace(problems=run["problems"], report=report)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", documents=3, seed=4)
    write_corpus(tmp_path / "b", documents=3, seed=4)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert len(files) == 3 * 4 + 1
    for f in files:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()
    write_corpus(tmp_path / "c", documents=3, seed=5)
    assert (tmp_path / "c" / "ground-truth.json").read_bytes() != \
        (tmp_path / "a" / "ground-truth.json").read_bytes()


def test_about_sixty_five_figures_and_every_relation_kind() -> None:
    doc = make_document(0, seed=1)
    assert 60 <= len(doc.figures) <= 80  # 78 since the yield (an average over hectares)
    classes = Counter(b.relation_class for b in doc.blocks)
    assert set(classes) == {"SumRelation", "DifferenceRelation", "RatioRelation",
                            "PercentChangeRelation", "PercentagePointChangeRelation",
                            "ConversionRelation", "ComparisonRelation", "CalendarRelation",
                            "AverageRelation", "MultipleRelation", "ShareRelation",
                            "CompoundGrowthRelation", "RestatementRelation", "WholeRelation"}
    assert any(b.extra.startswith(":d-") for b in doc.blocks)  # a derived figure
    assert any(f.quote.startswith("more than") for f in doc.figures)  # a hedge


def test_every_pattern_is_planted(corpus: Path) -> None:
    truth = json.loads((corpus / "ground-truth.json").read_text())
    assert {p["pattern"] for p in truth["planted"]} == set(PATTERNS)
    # and every relation kind carries some slip
    assert {p["check"] for p in truth["planted"]} == {
        "sum", "difference", "ratio", "percent-change", "comparison", "date", "average",
        "multiple", "share", "growth", "restatement", "whole", "containment"}
    assert truth["violations"] == sorted({p["relation"] for p in truth["planted"]})


def test_check_recovers_the_ground_truth_exactly(corpus: Path, checked: SimpleNamespace) -> None:
    run = checked
    assert not run.problems
    truth = json.loads((corpus / "ground-truth.json").read_text())
    violations = {f.focus for f in run.report.findings if f.severity == "violation"}
    assert violations == set(truth["violations"])
    assert run.report.summary()["relations"] == truth["relations"]
    # the boundary sums touch their interval's edge and still pass
    boundary = [f for f in run.report.findings if f.focus and f.focus.endswith("/r-b2")]
    assert {f.severity for f in boundary} <= {"pass", "violation"}


def test_diagnosis_names_the_planted_figure_for_the_distinctive_slips(
        corpus: Path, checked: SimpleNamespace) -> None:
    # a digit typo inside a single relation can leave several figures tied (reported as
    # ambiguous); a shifted scale, a foreign currency or a flipped sign cannot
    run = checked
    truth = json.loads((corpus / "ground-truth.json").read_text())
    top = {d["figure"]: d["pattern"] for d in run.report.diagnoses if d["rank"] == 1}
    distinctive = [p for p in truth["planted"] if p["pattern"] in (
        "power of ten", "million/billion mix-up", "wrong currency", "sign flip (rise vs fall)",
        "percent read as percentage points")]
    assert len(distinctive) >= 5
    for p in distinctive:
        assert top.get(p["figure"]) == p["pattern"], p


def test_cli_writes_the_corpus(tmp_path: Path) -> None:
    proc = kg("synth", "--documents", "2", "--seed", "3", "--output", "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "wrote 2 documents" in proc.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == \
        ["ground-truth.json", "synth-3-00000", "synth-3-00001"]


def test_no_quote_stands_twice_in_its_sentence() -> None:
    # regression: document 755 of seed 0 wrote "... or 6.88 billion US dollars at 6.88
    # yuan a dollar", and the rate's quote "6.88" could not be anchored
    doc = make_document(755, seed=0)
    for block in doc.blocks:
        for f in block.figures:
            assert block.sentence.count(f.quote) == 1, (block.sentence, f.quote)


def test_shares_of_one_whole_hold_by_their_rounding_and_the_slipped_one_fails(
        tmp_path: Path) -> None:
    """The shares' true values add up to 100 exactly, written to one decimal: the written
    ones add up to 99.9 to 100.1 and hold; document 16 carries a mistyped share."""
    from decimal import Decimal

    from kg.build import build_corpus
    from kg.check import check_corpus
    from kg.synth import write_document
    docs = [make_document(i, seed=11) for i in (*range(12), 16)]
    written = [sum(Decimal(f.quote.rstrip("%")) for f in b.figures)
               for d in docs[:12] for b in d.blocks if b.kind == "whole"]
    assert len(written) == 12 and set(written) - {Decimal(100)}  # rounding at work
    assert all(abs(s - 100) <= Decimal("0.1") for s in written)
    for d in docs:
        write_document(tmp_path / d.doc_id, d)
    report = check_corpus(build_corpus(tmp_path))
    verdicts = {f.focus: f.severity for f in report.findings if f.check == "whole"}
    [planted] = [p for p in docs[-1].planted if p.check == "whole"]
    assert planted.pattern == "one wrong digit"
    assert {r for r, s in verdicts.items() if s == "violation"} == {planted.relation}
    assert len(verdicts) == 13


def test_a_part_of_a_period_past_the_whole_is_planted_and_found_exactly(
        corpus: Path, checked: SimpleNamespace) -> None:
    """A day's sales written in billions for millions exceed the whole month's: the finding
    is the day's figure (a part of a period, no relation), and the diagnosis names it."""
    truth = json.loads((corpus / "ground-truth.json").read_text())
    planted = [p for p in truth["planted"] if p["check"] == "containment"]
    assert [(p["document"], p["pattern"], p["written"], p["true"]) for p in planted] == [
        ("synth-11-00013", "million/billion mix-up", "637 billion dollars", "637 million dollars"),
        ("synth-11-00014", "million/billion mix-up", "360 billion dollars", "360 million dollars")]
    run = checked
    found = {f.focus for f in run.report.findings if f.check == "containment"}
    assert found == {p["figure"] for p in planted}  # and no other: the clean days pass
    top = {d["figure"]: d["pattern"] for d in run.report.diagnoses if d["rank"] == 1}
    assert [top.get(p["figure"]) for p in planted] == ["million/billion mix-up"] * 2

