"""kg read: "Last year 8,000 riders finished, so this year's total was up 14%": a clause
dated before the time reported states the baseline, ", so" opens the change of the same
thing, and the new level is the one before it the words describe as the dated one is."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _changes(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Club note, 2025", text, "PercentChangeRelation")


def test_a_change_after_so_runs_from_the_dated_level_to_the_one_named_alike(
        tmp_path: Path) -> None:
    # (the level is the one "completed" describes, not the swimmers who entered)
    assert _changes(tmp_path, "Some 1,270 swimmers entered and 1,183 completed the "
                              "crossing. In the previous season 1,046 completed it, "
                              "so this season's total was up 13.1%.") == [
        "1,046 to 1,183: up 13.1%"]
    assert violations(tmp_path) == []
    # "so fees rose": the fees are no level the clause gives; with no earlier time the
    # clause's level may be this year's own
    (tmp_path / "fees").mkdir()
    assert _changes(tmp_path / "fees", "Some 1,270 swimmers entered and 1,183 completed "
                                       "the crossing. In the previous season 1,046 "
                                       "completed it, so fees were up 13.1%.") == []
    (tmp_path / "undated").mkdir()
    assert _changes(tmp_path / "undated", "Some 1,270 swimmers entered and 1,183 completed "
                                          "the crossing. At the weekend 1,046 "
                                          "completed it, so the total was up 13.1%.") == []


def test_a_change_after_so_the_levels_do_not_make_is_a_violation(tmp_path: Path) -> None:
    assert _changes(tmp_path, "Some 1,270 swimmers entered and 1,183 completed the "
                              "crossing. In the previous season 1,046 completed it, "
                              "so this season's total was up 18.1%.") == [
        "1,046 to 1,183: up 18.1%"]
    assert violations(tmp_path) == ["percent-change"]



def test_a_change_than_a_time_runs_from_the_level_its_when_clause_gives(
        tmp_path: Path) -> None:
    assert _changes(tmp_path, "The club logged 4,118 dives, 8.4% more than in 2023, when "
                              "divers logged 3,799.") == ["3,799 to 4,118: more 8.4%"]
    assert violations(tmp_path) == []
    # (a "when" clause of another unit gives no baseline)
    (tmp_path / "fees").mkdir()
    assert _changes(tmp_path / "fees", "The club logged 4,118 dives, 8.4% more than in 2023, "
                                       "when fees were £45.") == []


def test_a_change_than_a_time_its_when_clause_does_not_make_is_a_violation(
        tmp_path: Path) -> None:
    assert _changes(tmp_path, "The club logged 4,118 dives, 11.4% more than in 2023, when "
                              "divers logged 3,799.") == ["3,799 to 4,118: more 11.4%"]
    assert violations(tmp_path) == ["percent-change"]
