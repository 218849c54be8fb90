"""kg read: "N times the daily average", "N times the price of oats" names a base an earlier
sentence states as a rate or an average ("the ferries averaged 2,400 passengers a day",
"oats sold for about £180 a tonne"), which no level is: the one of the multiple's unit the
noun names, none where two are; "four times the long-run rate" names the one rate of the
unit said before, in its own sentence too."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _multiples(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Harbour note, 2025", text, "MultipleRelation")


def test_times_the_daily_average_is_of_the_average_said_before(tmp_path: Path) -> None:
    assert _multiples(tmp_path, "Over the summer the ferries averaged 2,400 passengers a day. "
                                "The busiest day was the regatta, with 6,000 passengers, about "
                                "2.5 times the daily average.") == [
        "2,400 × 2.5 = 6,000 (about 2.5 times)"]
    assert violations(tmp_path) == []
    # two averages of the unit said before: which one the words mean is left open
    (tmp_path / "two").mkdir()
    assert _multiples(tmp_path / "two", "The north ferry averaged 2,400 passengers a day and "
                                        "the south ferry averaged 1,800 passengers a day. The "
                                        "busiest day saw 6,000 passengers, about 2.5 times the "
                                        "daily average.") == []


def test_times_the_price_of_a_thing_is_of_its_price_said_before(tmp_path: Path) -> None:
    assert _multiples(tmp_path, "Oats sold for about £180 a tonne. Rapeseed fetched £540 per "
                                "tonne, three times the price of oats.") == [
        "about £180 × 3 = £540 (three times)"]


def test_a_slip_in_a_multiple_of_an_average_said_before_is_a_violation(tmp_path: Path) -> None:
    assert _multiples(tmp_path, "Over the summer the ferries averaged 2,400 passengers a day. "
                                "The busiest day was the regatta, with 9,600 passengers, about "
                                "2.5 times the daily average.") == [
        "2,400 × 2.5 = 9,600 (about 2.5 times)"]
    assert violations(tmp_path) == ["multiple"]


def test_times_the_long_run_rate_is_of_the_one_rate_said_before_in_the_sentence(
        tmp_path: Path) -> None:
    assert _multiples(tmp_path, "The dunes have lost 50 metres over 25 years, an average of "
                                "2.0 metres a year, but one storm in March took 6.0 metres in a "
                                "single night - three times the long-run rate.") == [
        "2.0 metres × 3 = 6.0 metres (three times)"]
    assert violations(tmp_path) == []
