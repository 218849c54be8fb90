"""Year spans give a compound growth its periods: "between 2014 and 2019", and "Five years
later" with the start in the sentence before."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def test_five_years_later_gives_five_periods_and_reaches_back_for_the_start(
        tmp_path: Path) -> None:
    found = suggested(tmp_path, "Sales were 10.0 million dollars in 2014. Five years later "
                                "they reached 20.1 million dollars, an average annual rate of "
                                "15 percent.")
    assert found == [("CompoundGrowthRelation", {"initial": ("10.0 million dollars",),
                                                 "final": ("20.1 million dollars",),
                                                 "growthRate": ("15 percent",)},
                      {"periods": 5})]


def test_between_two_years_gives_their_difference(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Between 2014 and 2019 sales grew from 10.0 million dollars "
                                "to 20.1 million dollars, an average annual rate of 15 percent.")
    assert [(kind, scalars) for kind, _, scalars in found] == [
        ("CompoundGrowthRelation", {"periods": 5})]


def test_a_span_without_later_is_no_start(tmp_path: Path) -> None:
    """"Five years" that is not "later" says no time between two figures."""
    found = suggested(tmp_path, "Sales were 10.0 million dollars in 2014. The plan runs five "
                                "years and sales reached 20.1 million dollars, an average "
                                "annual rate of 15 percent.")
    assert [f for f in found if f[0] == "CompoundGrowthRelation"] == []
