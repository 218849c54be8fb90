"""kg read: "This compares with <baseline>, so <it> has grown by <change>" ties a change to
the one figure of its kind the sentence before gives."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _changes(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Ferry note", text, "PercentChangeRelation")


def test_this_compares_with_ties_a_change_to_the_one_figure_of_its_kind_before(
        tmp_path: Path) -> None:
    assert _changes(tmp_path / "one", "The island ferry carried 48,600 cars in the summer. "
                    "This compares with 45,000 cars a summer earlier, so car traffic has "
                    "grown by 8.0 percent.") == ["45,000 to 48,600: grown 8.0 percent"]
    # two figures of the kind before: which one "This" is, the words leave open
    assert _changes(tmp_path / "two", "The island ferry carried 48,600 cars and 9,100 vans "
                    "in the summer. This compares with 45,000 cars a summer earlier, so car "
                    "traffic has grown by 8.0 percent.") == []
