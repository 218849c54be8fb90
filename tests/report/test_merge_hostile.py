"""Hostile shard reports (issue 29): kg report merge says what is wrong with the file in one
line and exits 2; no traceback, no hang."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_bad_input import GOOD, GOOD_TEXT, assert_no_traceback, error_lines
from tests.cli.test_hostile_input import kg


def _finding(d: dict) -> dict:
    return d["shard"]["outcomes"][0]["outcome"]["fields"]["report"]["fields"]["findings"][0][
        "fields"]


def _set(change: Callable[[dict], None]) -> Callable[[dict], str]:
    def tamper(d: dict) -> str:
        change(d)
        return json.dumps(d)
    return tamper


#: name -> (the shard's JSON, tampered, -> its text; the start of the one error line)
CASES: dict[str, tuple[Callable[[dict], str], str]] = {
    "count-10^12": (_set(lambda d: d["shard"].update(count=10 ** 12)),
                    "s.json:0: shard 1/1000000000000 is no shard of a series (a series has 1 "
                    "to 10,000 shards, numbered from 1)"),
    "index-0": (_set(lambda d: d["shard"].update(index=0)),
                "s.json:0: shard 0/1 is no shard of a series"),
    "200,000-deep": (lambda d: '{"shard": ' + "[" * 200_000 + "]" * 200_000 + "}",
                     "s.json:0: not a shard report: nested too deeply"),
    "5,000-digit-integer": (lambda d: json.dumps(d).replace('"index": 1', '"index": '
                                                            + "9" * 5000),
                            "s.json:0: not a shard report: Exceeds the limit (4300 digits)"),
    # a decimal where the report has a label: refused by the field's declared type (the
    # decimal's own bounds: tests/check/test_portable.py)
    "decimal-overflow": (_set(lambda d: _finding(d).update(label={"$decimal": "1E+999999999"})),
                         "s.json:0: outcome 1 cannot be read: Outcome.report: Report.findings: "
                         "Finding.label: expected str | None, found dict"),
    "decimal-nan": (_set(lambda d: _finding(d).update(label={"$decimal": "NaN"})),
                    "s.json:0: outcome 1 cannot be read: Outcome.report: Report.findings: "
                    "Finding.label: expected str | None, found dict"),
    "json-nan": (lambda d: json.dumps(d).replace('"line": 12', '"line": NaN', 1),
                 "s.json:0: not a shard report: NaN is no number a report holds"),
    "string-for-int": (_set(lambda d: _finding(d).update(line="twelve")),
                       "s.json:0: outcome 1 cannot be read: Outcome.report: Report.findings: "
                       "Finding.line: expected int | None, found str"),
    "string-for-list": (_set(lambda d: _finding(d).update(quotes="x")),
                        "s.json:0: outcome 1 cannot be read: Outcome.report: Report.findings: "
                        "Finding.quotes: expected list, found str"),
    "bool-for-count": (_set(lambda d: d["shard"].update(count=True)),
                       "s.json:0: the shard member has no valid 'count'"),
    "free-form-diagnosis": (_set(lambda d: d["shard"]["outcomes"][0]["outcome"]["fields"][
        "report"]["fields"].update(diagnosis_objects=[5])), "s.json:0: the shards' outcomes"),
}


@pytest.fixture(scope="module")
def shard(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    from tests.conftest import PREFIXES, document_ttl
    root = tmp_path_factory.mktemp("merge")
    folder = root / "claims" / "a"
    folder.mkdir(parents=True)
    (folder / "source.txt").write_text(GOOD_TEXT)
    (folder / "document.ttl").write_text(document_ttl("a", GOOD_TEXT))
    (folder / "claims.ttl").write_text(PREFIXES.format(doc_id="a") + GOOD)
    proc = kg("check", "--no-cache", "--shard", "1/1", "--format", "json", "-o", "s1.json",
              "--claims", "claims", cwd=root)
    assert proc.returncode in (0, 1), proc.stderr
    return root, json.loads((root / "s1.json").read_text())


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_shard_report_is_one_line(case: str, shard, tmp_path: Path) -> None:
    root, data = shard
    tamper, says = CASES[case]
    (tmp_path / "s.json").write_text(tamper(json.loads(json.dumps(data))))
    for fmt in ("json", "text"):
        try:
            proc = kg("report", "merge", "s.json", "--format", fmt, cwd=tmp_path, timeout=120)
        except subprocess.TimeoutExpired:
            pytest.fail(f"{case}: kg report merge hung")
        assert proc.returncode == 2, (case, proc.stderr[-2000:])
        assert_no_traceback(proc)
        [line] = error_lines(proc)
        assert line.startswith(f"error: {says}"), line
        assert len(line) < 400


def test_the_untampered_shard_merges(shard, tmp_path: Path) -> None:
    root, _ = shard
    proc = kg("report", "merge", "s1.json", "--format", "json", cwd=root)
    assert proc.returncode in (0, 1), proc.stderr
    assert json.loads(proc.stdout)["documents"] == ["a"]
