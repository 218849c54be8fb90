"""kg read ties a sentence's figure to a country's row where the sentence names the country
by its nationality adjective, though the adjective is not the name with "n" added ("Dutch"
for "Netherlands", "French" for "France", "Italians" for "Italy"); each figure takes the row
named where it stands, not another country's said elsewhere in the sentence."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

_TABLE = ("Table 1: Overnight stays by country of residence\n\n"
          "  Country        2025      2026\n"
          "  ------------------------------\n"
          "  Netherlands   1,100     1,240\n"
          "  France          900       860\n"
          "  Switzerland     380       415\n"
          "  Italy           270       310\n"
          "  ------------------------------\n"
          "  Total         2,650     2,825\n")


def test_each_nationality_names_its_country_s_row(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Moorfield lodges: guests from abroad",
        "Dutch guests booked 1,240 stays, while French guests accounted for 860 and "
        "Swiss guests for 415.\n\n" + _TABLE, "RestatementRelation")
    assert labels == ["Netherlands, 2026: the table and the text",
                      "France, 2026: the table and the text",
                      "Switzerland, 2026: the table and the text"]


def test_a_people_in_the_plural_names_its_country(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Moorfield lodges: guests from abroad",
        "Italians followed with 310 stays.\n\n" + _TABLE, "RestatementRelation")
    assert labels == ["Italy, 2026: the table and the text"]
