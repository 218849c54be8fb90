"""Accepting a finding from the app: the suppression's Turtle, the diff, and where the app
may write."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.app.accept import SUPPRESSIONS_FILE, propose, write
from kg.check.model import Finding
from kg.namespaces import CG
from kg.problems import InputError

FOCUS = "https://example.org/doc/d/r-total"
FINDING = Finding(id="d/r-total/sum", severity="violation", check="sum", message="m",
                  document="d", focus=FOCUS)
DAY = datetime.date(2026, 12, 5)


def folder(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "claims" / "d").mkdir(parents=True)
    return tmp_path / "claims", tmp_path / "claims" / "d"


def test_what_is_typed_is_written_as_literals_that_read_back_as_typed(tmp_path) -> None:
    claims, doc = folder(tmp_path)
    reason = 'a "misprint"\n""" ; cg:suppresses <http://evil> . <x> <y> <z'
    change = propose(claims, doc, FINDING, "A. <b>Reviewer</b>", reason, DAY)
    g = Graph().parse(data=change.after, format="turtle")
    [s] = g.subjects(CG.suppresses, URIRef(FOCUS))
    assert g.value(s, CG.reason) == Literal(reason)
    assert set(g.objects(None, CG.suppresses)) == {URIRef(FOCUS)}
    assert str(g.value(s, CG.checkKind)) == "sum"


def test_the_change_is_a_diff_and_is_written_only_when_asked(tmp_path) -> None:
    claims, doc = folder(tmp_path)
    (doc / SUPPRESSIONS_FILE).write_text("# mine\n", encoding="utf-8")
    change = propose(claims, doc, FINDING, "A. Reviewer", "misprint", DAY)
    diff = change.diff("d/suppressions.ttl")
    assert diff.startswith("--- a/d/suppressions.ttl\n+++ b/d/suppressions.ttl\n")
    assert ' # mine\n' in diff and '+    cg:reason "misprint" ;\n' in diff
    assert (doc / SUPPRESSIONS_FILE).read_text(encoding="utf-8") == "# mine\n"
    write(claims, change)
    assert (doc / SUPPRESSIONS_FILE).read_text(encoding="utf-8") == change.after


def test_a_file_changed_since_the_diff_was_shown_is_not_overwritten(tmp_path) -> None:
    claims, doc = folder(tmp_path)
    change = propose(claims, doc, FINDING, "A. Reviewer", "misprint", DAY)
    (doc / SUPPRESSIONS_FILE).write_text("# written meanwhile\n", encoding="utf-8")
    with pytest.raises(InputError, match="changed since the diff was shown"):
        write(claims, change)
    assert (doc / SUPPRESSIONS_FILE).read_text(encoding="utf-8") == "# written meanwhile\n"


def test_a_link_out_of_the_claims_folder_is_not_written_through(tmp_path) -> None:
    claims, doc = folder(tmp_path)
    outside = tmp_path / "elsewhere.ttl"
    outside.write_text("", encoding="utf-8")
    (doc / SUPPRESSIONS_FILE).symlink_to(outside)
    with pytest.raises(InputError, match="outside the claims folder"):
        propose(claims, doc, FINDING, "A. Reviewer", "misprint", DAY)
    assert outside.read_text(encoding="utf-8") == ""


@pytest.mark.parametrize("who,why", [("", "misprint"), ("A. Reviewer", "  ")])
def test_a_suppression_needs_a_name_and_a_reason(tmp_path, who, why) -> None:
    claims, doc = folder(tmp_path)
    with pytest.raises(InputError, match="says who accepts the finding and why"):
        propose(claims, doc, FINDING, who, why, DAY)
