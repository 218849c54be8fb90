"""kg read: a change takes as its ends only the figures its own words set off. "Stock was
cut by £2.6 million, helping cash climb from £9.1 million to £11.7 million": the "from … to"
after a verb of the other way is that verb's move, no ends of the cut (nor is the cut's
amount a level compared with that move's start). "Sales slipped 6.0%
to £48.2 million, so the average unit sold for £9,410, up from £9,020": the "up from" right
after another figure than the one the change reaches is that figure's earlier level."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TITLE = "Pellow Marine interim statement for the six months to 30 June 2025"


def test_a_cut_takes_no_ends_of_a_rise_after_it(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, TITLE,
        "Stock was cut by £2.6 million over the half, helping cash climb from £9.1 million "
        "at 31 December 2024 to £11.7 million.", "DifferenceRelation")
    assert not any("£2.6 million" in label for label in labels)
    # (nor is the cut's amount a level the rise's start is compared with)
    assert not any("£2.6 million" in label for label in relation_labels(
        tmp_path / "compared", TITLE,
        "Stock was cut by £2.6 million over the half, helping cash climb from £9.1 million "
        "at 31 December 2024 to £11.7 million.", "ComparisonRelation"))
    # (a cut whose own words give its ends is still read)
    assert relation_labels(
        tmp_path / "own", TITLE,
        "Net debt was cut by £2.6 million, from £11.7 million at 31 December 2024 to £9.1 "
        "million.", "DifferenceRelation") == ["£11.7 million - £9.1 million = £2.6 million"]


def test_an_up_from_after_another_figure_is_that_figure_s(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, TITLE,
        "Boat sales slipped 6.0% to £48.2 million, which means the average boat sold for "
        "about £9,410, up from £9,020 a year earlier.", "PercentChangeRelation")
    assert not any("£9,020" in label for label in labels)
    # (an "up from" right after the level the change reaches is the change's own start)
    assert relation_labels(
        tmp_path / "own", TITLE,
        "Boat sales rose 6.0% to £48.2 million, up from £45.5 million a year earlier.",
        "PercentChangeRelation") == ["£45.5 million to £48.2 million: rose 6.0%"]
