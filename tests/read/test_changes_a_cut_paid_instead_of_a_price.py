"""A cut by a percent said as what a buyer is let off or saves ("15% off", "a 20% discount",
"save 12%") with the price paid "instead of" (or "rather than") another in the sentence is
the move from the price not paid to the one paid; two such pairs leave which the percent is
of unread, and a rise is no cut."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _changes(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Ferry fares, 2026", text, "PercentChangeRelation")


def test_a_percent_off_and_the_price_paid_instead_of_another(tmp_path: Path) -> None:
    assert _changes(tmp_path, "Season-ticket holders get 15% off: a return crossing costs "
                              "£34 instead of £40.") == ["£40 to £34: 15% off"]
    assert violations(tmp_path) == []
    (tmp_path / "save").mkdir()
    assert _changes(tmp_path / "save", "Pensioners save 12%, paying NOK 220 rather than "
                                       "NOK 250 for a cabin.") == ["NOK 250 to NOK 220: 12% off"]


def test_a_cut_the_prices_do_not_make_is_a_violation(tmp_path: Path) -> None:
    # £54.00 less 15% is £45.90, not £48.60
    assert _changes(tmp_path, "Season-ticket holders get 15% off: a return crossing costs "
                              "£48.60 instead of £54.00.") == ["£54.00 to £48.60: 15% off"]
    assert violations(tmp_path) == ["percent-change"]


def test_two_pairs_or_a_rise_leave_the_percent_unread(tmp_path: Path) -> None:
    assert _changes(tmp_path, "Students get 10% off: a single costs £18 instead of £20 and a "
                              "return £27 instead of £30.") == []
    (tmp_path / "rise").mkdir()
    assert _changes(tmp_path / "rise", "Fuel rose 8% and drivers paid £52 instead of "
                                       "£48 a tank.") == []
