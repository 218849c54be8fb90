"""kg read puts each figure where it was read, with its value (issue 30, point 3: "$5,468
million" read as 157000000, "0.91" as 0.38, a range's high end as its low end)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from rdflib.namespace import RDF

from kg.build import build_document
from kg.corpus import read_document
from kg.namespaces import CG, OA, QUDT
from kg.read import read

TEXT = """Harbour note

Operating income rose by £12 million to £310 million in 2021/22, from £298 million.
The odds ratio was 0.64 (interval 0.42 to 0.87), and 2 of the 2 cranes were idle.
As Table 2 shows, 2 ferries were retired.
"""


def read_at(tmp_path: Path) -> dict[str, Decimal]:
    """The text at each figure's anchor -> the value read there."""
    source = tmp_path / "harbour.txt"
    source.write_text(TEXT, encoding="utf-8")
    made = read(source, tmp_path / "claims")
    doc = read_document(made.folder)
    g = build_document(doc).graph
    out = {}
    for f in g.subjects(RDF.type, CG.Figure):
        for sel in g.objects(g.value(f, CG.anchor), OA.hasSelector):
            if g.value(sel, OA.start) is not None:
                start = int(g.value(sel, OA.start))
                end = int(g.value(sel, OA.end))
                out[f"{doc.text[start:end]}@{start}"] = Decimal(str(g.value(f, QUDT.numericValue)))
    return out


def test_each_figure_stands_where_its_value_is_written(tmp_path: Path) -> None:
    got = read_at(tmp_path)
    text = TEXT
    want = {"£12 million": 12000000, "£310 million": 310000000, "£298 million": 298000000,
            "0.64": Decimal("0.64"), "0.42": Decimal("0.42"), "0.87": Decimal("0.87")}
    for quote, value in want.items():
        assert got[f"{quote}@{text.index(quote)}"] == value
    # "2 of the 2 cranes", and the "2" after "Table 2": each where it is written
    twos = sorted(k for k in got if k.startswith("2@"))
    assert twos == sorted(f"2@{i}" for i in (text.index("2 of"), text.index("2 cranes"),
                                             text.index("2 ferries")))


def _ferries(tmp_path: Path, text: str):
    import json

    from tests.inprocess import run_kg
    source = tmp_path / "ferries.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "claims")
    g = build_document(read_document(made.folder)).graph
    out = run_kg("check", "--claims", str(tmp_path / "claims"), "--format", "json")
    return g, json.loads(out.stdout)["findings"]


def test_a_fraction_in_words_that_says_how_far_a_figure_moved_is_a_percent_change(
        tmp_path: Path) -> None:
    """"fell by a quarter": 25 percent, the change from 8,000 to 6,000."""
    g, findings = _ferries(tmp_path, "Ferry note\n\nWinter crossings fell by a quarter, to "
                                     "6,000, from 8,000 in 2024.\n")
    [f] = [f for f in g.subjects(CG.quote, None)
           if str(g.value(f, CG.quote)) == "a quarter"]
    assert (g.value(f, QUDT.numericValue).toPython(), str(g.value(f, QUDT.unit))) == \
        (Decimal("25"), "http://qudt.org/vocab/unit/PERCENT")
    changes = [x for x in findings if x["check"] == "percent-change"]
    assert [x["severity"] for x in changes] == ["pass"]
    assert not [x for x in findings if x["severity"] == "violation"]


def test_a_move_by_a_fraction_the_figures_do_not_make_is_a_violation(tmp_path: Path) -> None:
    """6,800 from 8,000 is a fall of 15 percent, not a quarter."""
    _, findings = _ferries(tmp_path, "Ferry note\n\nWinter crossings fell by a quarter, to "
                                     "6,800, from 8,000 in 2024.\n")
    assert [x["severity"] for x in findings if x["check"] == "percent-change"] == ["violation"]


def test_a_fraction_of_something_after_a_move_is_no_percent_change(tmp_path: Path) -> None:
    g, _ = _ferries(tmp_path, "Ferry note\n\nFares rose by a third of the amount the port "
                              "asked for.\n")
    [f] = [f for f in g.subjects(CG.quote, None)
           if str(g.value(f, CG.quote)) == "a third"]
    assert str(g.value(f, QUDT.unit)) == "http://qudt.org/vocab/unit/UNITLESS"
    # "make up one in four": a share of the whole, not a move
    (tmp_path / "share").mkdir()
    g, _ = _ferries(tmp_path / "share", "Ferry note\n\nNight sailings make up one in four "
                                        "crossings.\n")
    [f] = [f for f in g.subjects(CG.quote, None)
           if str(g.value(f, CG.quote)) == "one in four"]
    assert str(g.value(f, QUDT.unit)) == "http://qudt.org/vocab/unit/UNITLESS"


def test_figures_in_vocabulary_units_are_written_with_their_qudt_units(tmp_path: Path) -> None:
    """"312.5 ms", "85 cm", "96 km/h (60 mph)", "1.4 g/dL", "6.75 h": each figure is in the
    unit QUDT names, not a bare number."""
    source = tmp_path / "rig.txt"
    source.write_text("Rig note\n\nEach cycle took 312.5 ms and the rotor sits 85 cm above the "
                      "deck. Gusts reached 96 km/h (60 mph), the coolant held 1.4 g/dL, and "
                      "the crew slept 6.75 h a night.\n", encoding="utf-8")
    made = read(source, tmp_path / "claims")
    g = build_document(read_document(made.folder)).graph
    units = {str(g.value(f, CG.quote)): str(g.value(f, QUDT.unit)).rsplit("/", 1)[-1]
             for f in g.subjects(RDF.type, CG.Figure)}
    assert units == {"312.5 ms": "MilliSEC", "85 cm": "CentiM", "96 km/h": "KiloM-PER-HR",
                     "60 mph": "MI-PER-HR", "1.4 g/dL": "GM-PER-DeciL", "6.75 h": "HR"}


def test_a_month_by_month_table_in_markdown_text_reads_and_checks_with_no_error(
        tmp_path: Path) -> None:
    """Rows of months set out as plain text in Markdown are one paragraph to Markdown: the
    months before their counts are read as no dates, so kg check refuses no quote."""
    from tests.read.test_read import kg
    source = tmp_path / "ferry.md"
    source.write_text("# Ferry crossings\n\nMonth    Cars     Foot passengers\n"
                      "March    4,120    12,806\nApril    4,388    13,950\n", encoding="utf-8")
    read(source, tmp_path / "c")
    checked = kg("check", "--claims", "c", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
