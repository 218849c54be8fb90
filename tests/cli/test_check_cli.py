"""`kg check` as CI uses it: formats, files, exit codes 0/1/2 and --fail-on."""

from __future__ import annotations

import json
from pathlib import Path

from tests.check.conftest import fig, rel
from tests.cli.test_bad_input import assert_no_traceback, kg
from tests.conftest import PAPER_DIR

PASSING = "Shops sold 2.1 million, online 3.2 million, in all 5.3 million."


def one_doc(make_doc, text: str, extra: str = "") -> Path:
    claims = (f':c a cg:Claim ; cg:quote "{text}" ; schema:about ent:x .\n'
              'ent:x rdfs:label "X" .\n'
              + fig("a", "2.1 million", "2100000") + fig("b", "3.2 million", "3200000")
              + fig("t", text.split("in all ")[1].rstrip("."),
                    str(int(float(text.split("in all ")[1].split()[0]) * 10**6)))
              + rel("r", "SumRelation", "cg:total :t ; cg:part :a, :b") + extra)
    return make_doc("t", text=text, claims=claims)


def test_consistent_document_exits_0(make_doc, tmp_path: Path) -> None:
    proc = kg("check", "--claims", str(one_doc(make_doc, PASSING)), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("claimgraph check: 1 of 1 relations consistent")


def test_violation_exits_1(make_doc, tmp_path: Path) -> None:
    root = one_doc(make_doc, PASSING.replace("5.3", "6.3"))
    proc = kg("check", "--claims", str(root), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert data["conforms"] is False and data["summary"]["violations"] == 1


def test_fail_on_warning(make_doc, tmp_path: Path) -> None:
    root = one_doc(make_doc, PASSING, extra=':r rdfs:comment "no label below" .\n')
    # an unlabelled entity is a warning
    (root / "t" / "claims.ttl").write_text((root / "t" / "claims.ttl").read_text()
                                           .replace('ent:x rdfs:label "X" .\n', ""))
    assert kg("check", "--claims", str(root), cwd=tmp_path).returncode == 0
    proc = kg("check", "--claims", str(root), "--fail-on", "warning", cwd=tmp_path)
    assert proc.returncode == 1
    assert "1 finding at or above 'warning'" in proc.stdout


def test_bad_input_exits_2_and_still_reports_the_rest(make_doc, tmp_path: Path) -> None:
    one_doc(make_doc, PASSING)
    root = make_doc("broken", text="x", claims=':c a cg:Claim ; cg:quote "x .\n')
    out = tmp_path / "report.json"
    proc = kg("check", "--claims", str(root), "--format", "json", "-o", str(out), cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    assert [line for line in proc.stderr.splitlines() if line.startswith("error:")] == [
        "error: claims/broken/claims.ttl:11: Turtle syntax error: newline found in string "
        "literal"]
    data = json.loads(out.read_text())
    assert data["documents"] == ["broken", "t"]
    assert {(f["document"], f["check"], f["severity"]) for f in data["findings"]} >= {
        ("broken", "structure", "violation"), ("t", "sum", "pass")}


def test_paper_sarif_and_junit_files(tmp_path: Path) -> None:
    sarif, junit = tmp_path / "out.sarif", tmp_path / "out.xml"
    assert kg("check", "--claims", str(PAPER_DIR), "--format", "sarif", "-o", str(sarif),
              cwd=tmp_path).returncode == 1
    assert json.loads(sarif.read_text())["version"] == "2.1.0"
    assert kg("check", "--claims", str(PAPER_DIR), "--format", "junit", "-o", str(junit),
              cwd=tmp_path).returncode == 1
    assert junit.read_text().startswith("<?xml")


def _outcomes(cache: Path) -> list[Path]:
    """The kept per-document outcomes (not the file index, the keys or kept reports)."""
    return sorted(p for p in cache.glob("??/*") if p.suffix in (".cache", ".figures"))


def test_a_run_where_nothing_changed_writes_the_kept_report(make_doc, tmp_path: Path) -> None:
    one_doc(make_doc, PASSING.replace("5.3", "6.3"))
    root = make_doc("broken", text="x", claims=':c a cg:Claim ; cg:quote "x .\n')
    cache = tmp_path / ".kg-cache"
    first = kg("check", "--claims", str(root), "--format", "json", "-o", "a.json", cwd=tmp_path)
    assert first.returncode == 2 and _outcomes(cache)
    # the kept report needs no outcome: with them gone, none is checked and kept again
    for kept in _outcomes(cache):
        kept.unlink()
    again = kg("check", "--claims", str(root), "--format", "json", "-o", "b.json", cwd=tmp_path)
    assert (again.returncode, again.stderr) == (first.returncode, first.stderr)
    assert (tmp_path / "b.json").read_bytes() == (tmp_path / "a.json").read_bytes()
    assert _outcomes(cache) == []
    # other options are another report: checked (outcomes kept anew), then kept too
    sarif = kg("check", "--claims", str(root), "--format", "sarif", cwd=tmp_path)
    assert sarif.returncode == 2 and _outcomes(cache)
    for kept in _outcomes(cache):
        kept.unlink()
    assert kg("check", "--claims", str(root), "--format", "sarif", cwd=tmp_path).stdout == \
        sarif.stdout
    assert _outcomes(cache) == []
    # any change to a file of any document is a new run: that document is checked again
    claims = root / "t" / "claims.ttl"
    claims.write_text(claims.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    edited = kg("check", "--claims", str(root), "--format", "json", "-o", "c.json",
                cwd=tmp_path)
    assert edited.returncode == 2 and _outcomes(cache)
    assert (tmp_path / "c.json").read_bytes() == (tmp_path / "a.json").read_bytes()
