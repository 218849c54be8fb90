"""kg read ties a sentence's rate to the column of the whole measure ("Headline", "All
items") where the sentence names the measure alone ("annual inflation eased to 3.4%"), and
to a part's column where it names the part ("fuel prices were 6.1% higher"), never the
whole's column then."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

_TABLE = ("Table 2. Annual rate of change by month, per cent\n\n"
          "| Month | Headline | Core | Fuel |\n"
          "|---|---:|---:|---:|\n"
          "| February 2027 | 3.6 | 3.1 | 5.2 |\n"
          "| March 2027 | 3.4 | 3.0 | 6.1 |\n")


def _labels(tmp_path: Path, sentence: str) -> list[str]:
    return relation_labels(tmp_path, "# Brimsby consumer prices, March 2027",
                           sentence + "\n\n" + _TABLE, "RestatementRelation", name="note.md")


def test_the_measure_alone_names_the_headline_column(tmp_path: Path) -> None:
    assert _labels(tmp_path, "Annual consumer price inflation in Brimsby eased to 3.4% in "
                             "March.") == ["March 2027, Headline: the table and the text"]


def test_beside_a_part_named_the_measure_still_takes_the_headline(tmp_path: Path) -> None:
    assert _labels(tmp_path, "Annual consumer price inflation in Brimsby eased to 3.4% in "
                             "March. Fuel prices were 6.1% higher than a year earlier.") == [
        "March 2027, Headline: the table and the text",
        "March 2027, Fuel: the table and the text"]
