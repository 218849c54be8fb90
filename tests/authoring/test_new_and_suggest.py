"""A fresh text through kg new and kg suggest; errors that teach."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.authoring.confirm import confirm
from kg.authoring.new import new_document
from kg.authoring.suggest import accept, suggest, write_suggestions
from kg.build import build_corpus
from kg.check import check_corpus
from kg.problems import InputError

TEXT = """Annual report of the Fenwick cooperative

Members bought 4.2 million litres of milk and 1.3 million litres of cream, 5.5 million litres in all.
Revenue was 12.6 million euros, up 5% from 12 million euros.
The dairy made 820 tonnes of cheese, of which 510 tonnes were hard and 310 tonnes soft.
Exports were 3.1 million euros, a quarter of the 12.6 million euros of revenue.
The northern farms lag behind the southern farms, 96 tonnes against 124 tonnes, by 28 tonnes.
Prices rose 3.5%, compared with only 1.2% in the region.
The cooperative paid 2.2 million euros, 2.4 million US dollars, in dividends.
"""


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    source = tmp_path / "fenwick.txt"
    source.write_text(TEXT, encoding="utf-8")
    root = tmp_path / "claims"
    made = new_document(root, "fenwick", source, title="Fenwick annual report")
    assert (made.claims, made.figures, made.dates, made.waivers) == (7, 19, 0, 0)
    return root


def test_new_copies_the_source_and_drafts_every_number(drafted: Path) -> None:
    folder = drafted / "fenwick"
    assert (folder / "source.txt").read_text(encoding="utf-8") == TEXT
    claims = (folder / "claims.ttl").read_text(encoding="utf-8")
    assert sum(1 for line in claims.splitlines()
               if line.startswith(":") and "cg:draft true" in line) == 7 + 19
    assert ':f-1 a cg:Figure ; cg:draft true ;   # read as 4200000, stands for ' \
           '[4150000, 4250000]' in claims
    assert 'cg:quote "up 5%"' not in claims and 'cg:quote "5%"' in claims
    assert "# :r-total a cg:SumRelation" in claims  # commented templates


def test_drafts_fail_the_build_with_file_line_and_fix(drafted: Path) -> None:
    result = build_corpus(drafted)
    assert len(result.problems) == 26
    first = result.problems[0]
    assert first.file.endswith("fenwick/claims.ttl") and first.line > 0
    assert "is a draft that nobody has confirmed" in first.message
    assert "kg confirm fenwick" in first.hint


def test_suggestions_of_each_kind(drafted: Path) -> None:
    confirm(drafted, "fenwick", [], every=True)
    found = suggest(drafted, "fenwick")
    kinds = [(s.kind, s.evidence) for s in found]
    assert kinds == [
        ("SumRelation", "5.5 million litres in all"),
        ("PercentChangeRelation", "up 5%"),
        ("SumRelation", "of which"),
        ("RatioRelation", "a quarter of the 12.6 million euros"),
        # the revenue said again in the same words, of the same measure ("revenue")
        ("RestatementRelation", "12.6 million euros … 12.6 million euros"),
        ("DifferenceRelation", "behind the southern farms, 96 tonnes against 124 tonnes, by 28 "
                               "tonnes"),
        ("ComparisonRelation", "compared with only 1.2%"),
        ("ConversionRelation", "2.2 million euros, 2.4 million US dollars"),
    ]
    # labels read in the text's own words, never as figure ids
    assert [s.label for s in found][:2] == [
        "4.2 million litres + 1.3 million litres = 5.5 million litres",
        "12 million euros to 12.6 million euros: up 5%"]
    ratio = next(s for s in found if s.kind == "RatioRelation")
    assert dict(ratio.roles) == {"numerator": ("f-10",), "denominator": ("f-12",),
                                 "ratio": ("f-11",)}
    change = next(s for s in found if s.kind == "PercentChangeRelation")
    assert (dict(change.roles), change.direction) == (
        {"initial": ("f-6",), "final": ("f-4",), "change": ("f-5",)}, "Increase")
    difference = next(s for s in found if s.kind == "DifferenceRelation")
    assert dict(difference.roles) == {"minuend": ("f-14",), "subtrahend": ("f-13",),
                                      "difference": ("f-15",)}


def test_suggestions_are_not_checked_until_accepted(drafted: Path) -> None:
    confirm(drafted, "fenwick", [], every=True)
    write_suggestions(drafted, "fenwick", suggest(drafted, "fenwick"))
    result = build_corpus(drafted)
    assert not result.problems
    assert check_corpus(result).relations == {}
    assert result.notes == ["fenwick: 8 suggested relation(s) await review; accept with kg "
                            "suggest fenwick --accept ID, or delete them"]
    accept(drafted, "fenwick", ["s-1", "s-4"])
    report = check_corpus(build_corpus(drafted))
    status = {r.rsplit("/", 1)[-1]: s for r, s in report.relations.items()}
    assert status == {"s-1": "pass", "s-4": "pass"}
    # suggesting again proposes nothing twice
    assert [s.kind for s in suggest(drafted, "fenwick")] == []


def test_accepting_an_unknown_suggestion_names_the_open_ones(drafted: Path) -> None:
    confirm(drafted, "fenwick", [], every=True)
    write_suggestions(drafted, "fenwick", suggest(drafted, "fenwick"))
    with pytest.raises(InputError) as err:
        accept(drafted, "fenwick", ["s-99"])
    assert "no open suggestion 's-99'" in str(err.value) and "s-1, s-2" in str(err.value)


def test_a_relation_over_different_units_says_how_to_fix_it(drafted: Path) -> None:
    confirm(drafted, "fenwick", [], every=True)
    claims = drafted / "fenwick" / "claims.ttl"
    claims.write_text(claims.read_text() + (
        ':r-bad a cg:ComparisonRelation ; cg:claim :c-2 ; cg:basis cg:Stated ; '
        'rdfs:label "litres against euros" ; cg:greater :f-1 ; cg:lesser :f-4 .\n'))
    report = check_corpus(build_corpus(drafted))
    [f] = [f for f in report.findings if (f.focus or "").endswith("r-bad")]
    line = claims.read_text().splitlines().index(next(
        x for x in claims.read_text().splitlines() if x.startswith(":r-bad"))) + 1
    assert (f.severity, f.check, f.line) == ("violation", "structure", line)
    assert f.file.endswith("fenwick/claims.ttl")
    assert f.message == (
        "f-4 is in unit:CCY_EUR but f-1 is in unit:L: the relation compares figures of "
        "incompatible units. Correct the qudt:unit of the figure that is wrong; if none is, the "
        "model has no relation between these units: record the claim without one.")


ARITHMETIC = """Festival report

The festival sold 1.2 million tickets and took 57.6 million euros, an average of 48 euros a ticket.
Exports reached 9.3 billion euros, three times the 3.1 billion euros of 2015.
Online sales more than doubled, from 1.4 billion euros to 3.2 billion euros.
Rent took 1,530 euros of the 2,925 euros households spent, or 52.3 percent.
Revenue grew from 2.0 billion euros in 2010 to 6.2 billion euros in 2020, an average annual rate of 12 percent.
Of the readers, 62 percent use a phone and 48 percent a laptop.
"""


def test_suggestions_of_averages_multiples_shares_and_compound_growth(tmp_path: Path) -> None:
    """Issue 14: the usual wordings of the new kinds; overlapping shares are never a sum."""
    source = tmp_path / "festival.txt"
    source.write_text(ARITHMETIC, encoding="utf-8")
    root = tmp_path / "claims"
    new_document(root, "festival", source, title="Festival report")
    confirm(root, "festival", [], every=True)
    found = suggest(root, "festival")
    assert [(s.kind, s.evidence, dict(s.roles)) for s in found] == [
        ("AverageRelation", "average of 48 euros",
         {"aggregate": ("f-2",), "count": ("f-1",), "average": ("f-3",)}),
        ("MultipleRelation", "three times",
         {"multiple": ("f-4",), "base": ("f-6",), "factor": ("f-5",)}),
        ("MultipleRelation", "more than doubled",
         {"multiple": ("f-9",), "base": ("f-8",), "factor": ("f-7",)}),
        ("ShareRelation", "or 52.3 percent",
         {"portion": ("f-10",), "whole": ("f-11",), "share": ("f-12",)}),
        ("CompoundGrowthRelation", "annual rate of 12 percent",
         {"initial": ("f-13",), "final": ("f-14",), "growthRate": ("f-15",)}),
    ]
    growth = found[-1]
    assert growth.extra == " ; cg:periods 10"
    # accepted as suggested, every one of them checks and holds
    write_suggestions(root, "festival", found)
    accept(root, "festival", [f"s-{n}" for n in range(1, 6)])
    report = check_corpus(build_corpus(root))
    assert sorted(report.relations.values()) == ["pass"] * 5


def test_a_date_without_a_year_parses_is_never_confirmed_and_fails_in_one_line(
        tmp_path: Path) -> None:
    """Issue 15: kg new's YYYY-MM-DD placeholder made rdflib print a warning before the clean
    error (and stopped kg suggest), and kg confirm --all confirmed it silently.  The draft
    now says what the text says in a type that parses (xsd:gMonthDay) and stays a draft
    until a person writes the year."""
    source = tmp_path / "d.txt"
    source.write_text("Report\n\nSales were 4 million euros on Monday, March 14.\n",
                      encoding="utf-8")
    root = tmp_path / "claims"
    new_document(root, "dd", source, title="D")
    claims = (root / "dd" / "claims.ttl").read_text(encoding="utf-8")
    assert 'cg:monthDay "--03-14"^^xsd:gMonthDay .' in claims
    assert [s.kind for s in suggest(root, "dd")] == ["CalendarRelation"]  # drafts parse
    confirmed = confirm(root, "dd", [], every=True)
    assert "d-1" not in confirmed
    with pytest.raises(InputError, match="d-1 still holds a placeholder: the quote gives no "
                                         "year"):
        confirm(root, "dd", ["d-1"])
    import subprocess
    import sys
    proc = subprocess.run([sys.executable, "-m", "kg", "build", "--claims", str(root), "-o",
                           str(tmp_path / "g.trig")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "Failed to convert" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    # what a person must decide, and nothing else: the draft, and the year the text omits
    assert len(errors) == 2 and "d-1 is a draft that nobody has confirmed" in errors[0]
    assert errors[1].endswith("claims.ttl:29: the text gives 'March 14' without a year: add cg:date with "
                              'the year (e.g. "2014-11-28"^^xsd:date) and say where it comes '
                              "from in skos:editorialNote, or, for a day of every year, add "
                              'schema:repeatFrequency "P1Y"')
    # once the year is written, it confirms and builds
    path = root / "dd" / "claims.ttl"
    path.write_text(path.read_text(encoding="utf-8").replace(
        'cg:monthDay "--03-14"^^xsd:gMonthDay .', 'cg:date "2022-03-14"^^xsd:date .'),
        encoding="utf-8")
    assert confirm(root, "dd", ["d-1"]) == ["d-1"]
    assert build_corpus(root).problems == []


def test_a_day_of_every_year_is_drafted_as_such_and_confirms_without_a_year(
        tmp_path: Path) -> None:
    """'every year on November 11' is a day of every year (schema:repeatFrequency "P1Y"), not
    a date waiting for its year: kg confirm confirms it and the build accepts it."""
    source = tmp_path / "d.txt"
    source.write_text("Singles' Day falls every year on November 11. Sales were 4 million "
                      "euros on March 14.\n", encoding="utf-8")
    root = tmp_path / "claims"
    new_document(root, "sd", source, title="D")
    claims = (root / "sd" / "claims.ttl").read_text(encoding="utf-8")
    assert ('cg:quote "November 11" ;\n    cg:monthDay "--11-11"^^xsd:gMonthDay ;\n'
            '    schema:repeatFrequency "P1Y" .   # every year') in claims
    assert claims.count("schema:repeatFrequency") == 1  # "on March 14" is one day
    confirmed = confirm(root, "sd", [], every=True)
    assert "d-1" in confirmed and "d-2" not in confirmed

