"""Accepted exceptions: still reported, no longer failing; stale ones reported."""

from __future__ import annotations

from tests.check.conftest import fig, finding, rel

TEXT = "Shops sold 2.1 million, online 3.2 million, in all 6.3 million."
FIGS = (fig("a", "2.1 million", "2100000"), fig("b", "3.2 million", "3200000"),
        fig("t", "6.3 million", "6300000"),
        rel("r", "SumRelation", "cg:total :t ; cg:part :a, :b"))
SUPPRESS = (':s a cg:Suppression ; cg:suppresses :{target} ; cg:checkKind "{kind}" ; '
            'dcterms:creator "A. Reviewer" ; cg:reason "the source misprints the total" ; '
            'dcterms:date "2026-11-24"^^xsd:date .\n')


def test_suppressed_violation_is_reported_but_does_not_fail(check) -> None:
    report = check(TEXT, *FIGS, SUPPRESS.format(target="r", kind="sum"))
    f = finding(report, "r")
    assert f.severity == "violation"
    assert f.suppressed_by is not None and f.suppressed_by.creator == "A. Reviewer"
    assert f.as_dict()["accepted"] == {"suppression": "https://example.org/doc/t/s",
                                       "by": "A. Reviewer",
                                       "reason": "the source misprints the total",
                                       "date": "2026-11-24"}
    assert report.exit_code() == 0 and report.conforms()
    assert report.summary()["accepted"] == 1


def test_stale_suppression_is_itself_reported(check) -> None:
    ok = TEXT.replace("6.3", "5.3")
    report = check(ok, *(x.replace("6.3", "5.3").replace("6300000", "5300000") for x in FIGS),
                   SUPPRESS.format(target="r", kind="sum"))
    assert finding(report, "r").severity == "pass"
    [stale] = [f for f in report.findings if f.check == "suppression"]
    assert stale.severity == "warning"
    assert "matches no warning or violation" in stale.message
    assert report.exit_code() == 0 and report.exit_code("warning") == 1


def test_suppression_for_another_check_kind_does_not_match(check) -> None:
    report = check(TEXT, *FIGS, SUPPRESS.format(target="r", kind="ratio"))
    assert finding(report, "r").suppressed_by is None
    assert report.exit_code() == 1


def test_incomplete_suppression_is_a_structure_violation(check) -> None:
    report = check(TEXT, *FIGS, ':s a cg:Suppression ; cg:suppresses :r .\n')
    messages = {f.message for f in report.findings if f.check == "structure"}
    assert "A suppression says who accepted the finding (dcterms:creator)." in messages
    assert "A suppression says why the finding is accepted (cg:reason)." in messages
