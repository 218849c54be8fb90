"""A change's baseline named in words with its value in brackets right after them: "up 2
points on a year earlier (61%)", "12% more than in a normal month (840 calls)"."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def test_a_baseline_period_after_on_with_its_value_in_brackets(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Bus punctuality averaged 84 percent, up 2 percentage points "
                                "on a year earlier (82 percent).")
    assert ("PercentagePointChangeRelation", {"initial": ("82 percent",),
                                              "final": ("84 percent",),
                                              "change": ("2 percentage points",)},
            {"direction": "Increase"}) in found


def test_whatever_than_names_its_bracketed_value_is_the_baseline(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "three").mkdir()
    found = suggested(tmp_path / "one", "The helpline took 952 calls in the storm week, 13 "
                      "percent more than in a quiet winter week (842 calls).")
    assert ("PercentChangeRelation", {"initial": ("842",), "final": ("952",),
                                      "change": ("13 percent",)},
            {"direction": "Increase"}) in found
    # past "and" the bracket is another clause's; after "than" with no "in" (or "at", …)
    # the words name another thing than a time or place ("than costs (£2.9m)")
    found = suggested(tmp_path / "two", "Sales reached 952 units, 13 percent more than in "
                      "the spring and rivals (842 units).")
    assert not [f for f in found if f[0] == "PercentChangeRelation"]
    found = suggested(tmp_path / "three", "Sales reached 952 units, 13 percent more than "
                      "rival brands (842 units).")
    assert not [f for f in found if f[0] == "PercentChangeRelation"]
