"""What-if: re-checking with assumed values shows which findings clear."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.build import build_corpus
from kg.check import check_corpus
from kg.diagnose.whatif import apply, parse_assumption, quick_verdicts
from kg.problems import InputError
from tests.cli.test_bad_input import kg
from tests.conftest import PAPER_DIR, PAPER_ID


def test_applying_the_diagnosis_clears_both_violations() -> None:
    result = build_corpus(PAPER_DIR)
    assumed = apply(result, [parse_assumption('f-bf-malls=9.1 billion', result)])
    report = check_corpus(assumed)
    assert report.summary()["violations"] == 0 and report.exit_code() == 0
    # the original build is untouched
    assert check_corpus(result, diagnose=False).summary()["violations"] == 2


def test_a_wrong_assumption_does_not_clear(tmp_path: Path) -> None:
    proc = kg("check", "--claims", str(PAPER_DIR), "--format", "json",
              "--assume", "f-bf-malls=5 billion", cwd=tmp_path)
    assert proc.returncode == 1
    what_if = json.loads(proc.stdout)["whatIf"]
    assert what_if["cleared"] == []
    assert what_if["stillFailing"] == [f"{PAPER_ID}/r-bf-sum/sum",
                                       f"{PAPER_ID}/r-malls-gap/difference"]


def test_what_if_from_the_command_line(tmp_path: Path) -> None:
    proc = kg("check", "--claims", str(PAPER_DIR), "--no-passes",
              "--assume", "f-bf-malls=9100000000", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout
    assert "WHAT IF  assuming f-bf-malls = 9100000000:" in proc.stdout
    assert (f"cleared: {PAPER_ID}/r-bf-sum/sum, {PAPER_ID}/r-malls-gap/difference"
            in proc.stdout)


def test_a_value_that_breaks_a_passing_relation_is_newly_failing(tmp_path: Path) -> None:
    # 9.4 billion for the malls would put them above Alibaba's 9.3 billion
    proc = kg("check", "--claims", str(PAPER_DIR), "--format", "json",
              "--assume", "f-bf-malls=9.4 billion", cwd=tmp_path)
    what_if = json.loads(proc.stdout)["whatIf"]
    assert f"{PAPER_ID}/r-beaten-offline/comparison" in what_if["newlyFailing"]


@pytest.mark.parametrize("text,message", [
    ("f-bf-malls", "expected FIGURE=VALUE"),
    ("f-nowhere=3", "no figure named 'f-nowhere'"),
    ("f-bf-malls=lots", "cannot read the value 'lots'"),
])
def test_bad_assumptions_are_clear_errors(text: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        parse_assumption(text, build_corpus(PAPER_DIR))
    assert message in str(err.value)


def test_bad_assumption_exits_2_without_traceback(tmp_path: Path) -> None:
    proc = kg("check", "--claims", str(PAPER_DIR), "--assume", "nope=1", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "error: --assume:0: no figure named 'nope'" in proc.stderr


def test_verifying_a_diagnosis_rechecks_only_its_own_document(make_doc, monkeypatch) -> None:
    # regression: every diagnosis re-checked the whole corpus, so a corpus's diagnoses
    # cost grew with the square of its size
    from kg.diagnose import run as diagnose_run

    text = "Malls made 910 million, online 2.3 billion, in all 11.4 billion."
    claims = (f':c a cg:Claim ; cg:quote "{text}" ; schema:about ent:x .\n'
              'ent:x rdfs:label "X" .\n'
              + "".join(f':{n} a cg:Figure ; cg:claim :c ; cg:quote "{q}" ; qudt:numericValue {v} ; '
                        "qudt:unit unit:NUM ; schema:about ent:x ; cg:measures cg:SalesVolume .\n"
                        for n, q, v in (("a", "910 million", 910000000),
                                        ("b", "2.3 billion", 2300000000),
                                        ("t", "11.4 billion", 11400000000)))
              + ':r a cg:SumRelation ; cg:claim :c ; cg:basis cg:Stated ; rdfs:label "r" ; '
                "cg:total :t ; cg:part :a, :b .\n")
    for name in ("d1", "d2", "d3"):
        root = make_doc(name, text=text, claims=claims)
    seen: list[list[str]] = []
    original = diagnose_run.quick_verdicts

    def spy(result, assumptions):
        seen.append([d.doc_id for d in result.documents])
        return original(result, assumptions)

    monkeypatch.setattr(diagnose_run, "quick_verdicts", spy)
    report = check_corpus(build_corpus(root))
    assert [d.clears_all for d in report.diagnosis_objects] == [True, True, True]
    assert seen == [["d1"], ["d2"], ["d3"]]


@pytest.mark.parametrize("assumed", ["f-bf-malls=9.1 billion", "f-bf-malls=9.4 billion"])
def test_verdicts_in_the_store_equal_verdicts_on_a_copied_graph(assumed: str) -> None:
    # the diagnosis verifies its candidates by editing the Oxigraph store, not by copying
    # the graph; both ways must give every relation the same verdict
    result = build_corpus(PAPER_DIR)
    assumption = parse_assumption(assumed, result)
    in_store = quick_verdicts(result, [assumption])
    copied = quick_verdicts(apply(result, [assumption]))
    assert in_store == copied
    assert in_store != quick_verdicts(result)  # the assumption did change something
    assert len(result.documents[0].graph) == len(build_corpus(PAPER_DIR).documents[0].graph)
