"""A day of every year ("every year on November 11": cg:monthDay with schema:repeatFrequency
"P1Y", no year) is said as such, and the calendar check handles it on both engines."""

from __future__ import annotations

import pytest

from kg.build import build_corpus
from kg.check import check_corpus

ENGINES = ["oxigraph", "pyshacl"]


def calendar(make_doc, text: str, day: str, says: str, doc_id: str = "e"):
    quote = "every year on " + text.split("every year on ")[1].split(",")[0].rstrip(".")
    claims = (f':c a cg:Claim ; cg:quote "{text}" .\n'
              f':d a cg:StatedDate ; cg:claim :c ; cg:quote "{quote}" ;\n'
              f'    cg:monthDay "{day}"^^xsd:gMonthDay ; schema:repeatFrequency "P1Y" .\n'
              ':r a cg:CalendarRelation ; cg:claim :c ; cg:basis cg:Stated ; '
              f'rdfs:label "the day" ; cg:onDate :d ; {says} .\n')
    return build_corpus(make_doc(doc_id, text=text, claims=claims))


def date_finding(result, engine: str):
    assert not result.problems, [str(p) for p in result.problems]
    report = check_corpus(result, engine=engine)
    assert [f.message for f in report.findings if f.check == "structure"
            and f.severity != "pass"] == []
    [finding] = [f for f in report.findings if f.check == "date"]
    return finding


@pytest.mark.parametrize("engine", ENGINES)
def test_a_fixed_holiday_holds_every_year(make_doc, engine: str) -> None:
    f = date_finding(calendar(make_doc, "Singles' Day falls every year on November 11.",
                              "--11-11", "cg:holiday cg:SinglesDay"), engine)
    assert f.severity == "pass"
    assert f.arithmetic == ("--11-11 of every year; the text says Singles' Day (that rule "
                            "gives --11-11)")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text, day, says, message", [
    ("Singles' Day falls every year on November 12.", "--11-12", "cg:holiday cg:SinglesDay",
     "--11-12 of every year is not Singles' Day: that rule gives --11-11."),
    ("Black Friday falls every year on November 28.", "--11-28", "cg:holiday cg:BlackFriday",
     "--11-28 of every year is not Black Friday: that rule gives a different day each year."),
    ("The sale opens every year on November 11, a Tuesday.", "--11-11",
     "cg:weekday schema:Tuesday",
     "--11-11 of every year is not always a Tuesday: the weekday of a day of the month "
     "changes from year to year."),
])
def test_a_moving_holiday_a_weekday_or_another_day_is_a_violation(
        make_doc, engine: str, text: str, day: str, says: str, message: str) -> None:
    f = date_finding(calendar(make_doc, text, day, says), engine)
    assert (f.severity, f.message) == ("violation", message)


def test_its_month_and_day_must_be_the_quotes(make_doc) -> None:
    result = calendar(make_doc, "Singles' Day falls every year on November 11.", "--11-12",
                      "cg:holiday cg:SinglesDay")
    assert [p.message for p in result.problems] == [
        "cg:monthDay --11-12 disagrees with the quote 'November 11'"]


def test_a_date_neither_dated_nor_recurring_is_refused_with_both_fixes(make_doc) -> None:
    text = "Singles' Day falls on November 11."
    claims = (f':c a cg:Claim ; cg:quote "{text}" .\n'
              ':d a cg:StatedDate ; cg:claim :c ; cg:quote "November 11" ;\n'
              '    cg:monthDay "--11-11"^^xsd:gMonthDay .\n')
    [problem] = build_corpus(make_doc("n", text=text, claims=claims)).problems
    assert "add cg:date with the year" in problem.message
    assert 'for a day of every year, add schema:repeatFrequency "P1Y"' in problem.message
