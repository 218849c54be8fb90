"""kg read: "The total beat the record of 7.91 million, set in 2019, by 6.4%": a verb that
sets its subject above (or below) its object "by" a percent is a percent change from the
object to the subject; "The total" is the figure the sentence before gives."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _changes(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Harbour note, 2025", text, "PercentChangeRelation")


def test_a_subject_that_beat_its_object_by_a_percent_is_a_change_from_the_object(
        tmp_path: Path) -> None:
    assert _changes(tmp_path, "The harbour landed 6,237 tonnes of crab in 2025. The total "
                              "beat the previous best of 5,860 tonnes, set in 2018, by "
                              "6.4%.") == ["5,860 tonnes to 6,237 tonnes: beat by 6.4%"]
    assert violations(tmp_path) == []
    (tmp_path / "trailed").mkdir()
    assert _changes(tmp_path / "trailed", "Landings of 1,742 tonnes trailed the quota of "
                                          "1,905 tonnes by 8.6%.") == [
        "1,905 tonnes to 1,742 tonnes: trailed by 8.6%"]
    # (no figure after the verb: the mark is named, its level nowhere in the words)
    (tmp_path / "named").mkdir()
    assert _changes(tmp_path / "named", "Landings of 1,742 tonnes trailed the quota by "
                                        "8.6%.") == []


def test_a_subject_that_beat_its_object_by_a_percent_it_does_not_make_is_a_violation(
        tmp_path: Path) -> None:
    assert _changes(tmp_path, "The harbour landed 6,237 tonnes of crab in 2025. The total "
                              "beat the previous best of 5,860 tonnes, set in 2018, by "
                              "9.4%.") == ["5,860 tonnes to 6,237 tonnes: beat by 9.4%"]
    assert violations(tmp_path) == ["percent-change"]
