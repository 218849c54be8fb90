"""kg new reads a bare number alone in brackets right after the earlier period a change is
set against ("3,120 tonnes, 85 tonnes fewer than in 2023 (3,205)") as that period's level,
in the change's unit: left a bare count, it would be tied to a table row of things the
sentence happens to name."""

from __future__ import annotations

from pathlib import Path

from kg.authoring.new import _drafts
from kg.numbers import find_mentions


def units(sentence: str) -> dict[str, str]:
    return {d.quote: d.unit for d in _drafts(sentence, find_mentions(sentence), "USD", {})}


def test_a_bare_level_in_brackets_after_the_earlier_period_takes_the_change_s_unit() -> None:
    found = units("The reservoir held 3,120 tonnes of silt, 85 tonnes fewer than in 2023 "
                  "(3,205).")
    assert found["3,205"] == "unit:TONNE"
    assert units("Tram lines now run 46.8 km, 2.4 km more than a year earlier "
                 "(44.4).")["44.4"] == "unit:KiloM"


def test_other_brackets_and_other_digits_stay_bare() -> None:
    # a count of things in brackets, a bracket after no earlier period, other digits
    assert units("The reservoir held 85 tonnes more than in 2023 (14 samples).")[
        "14"] == "unit:NUM"
    assert units("The lines run 46.8 km (12) across town.")["12"] == "unit:NUM"
    assert units("Lines run 2.4 km more than a year earlier (44).")["44"] == "unit:NUM"


def test_the_level_is_tied_to_no_table_row_of_another_unit(tmp_path: Path) -> None:
    from tests.read import cell_ties

    text = ("# Hilltop vineyards record harvest\n\n"
            "The region's wineries sold 60.0 million bottles in the 2024/25 season.\n\n"
            "Sales by grape, 2024/25 season\n\n"
            "| Grape | Bottles (million) | Sales (€m) | Share of sales |\n|---|---:|---:|---:|\n"
            "| Riesling | 41.2 | 98 | 70.0% |\n| Pinot | 18.8 | 42 | 30.0% |\n"
            "| Total | 60.0 | 140 | 100.0% |\n\n"
            "Licences for new Riesling plots took the planted area to 2,940 hectares, 120 "
            "hectares more than a year earlier (2,820), and most of the new vines will not "
            "crop until 2028.\n")
    assert [tie for tie in cell_ties(tmp_path, "note.md", text) if tie[1] == "2,820"] == []
