"""kg read: a compound growth whose start is "…, up from <amount> in <year>" ends on the
amount of the same unit the clause names before ", up from" ("were worth £5.2 million last
year, up from £3.3 million in 2019"), not on a dated amount of an earlier sentence; a change
("rose by £1.1 million") before it is no level."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

KIND = "CompoundGrowthRelation"


def test_the_end_is_the_level_before_up_from(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Dunmore cider exports, 14 February 2025",
        "Cider exports earned £84.1 million in 2024, against £80.6 million in 2023. Sales to "
        "buyers in Japan and Korea came to £5.2 million last year, up from £3.3 million in "
        "2019, growth of 9.5 per cent a year on average over five years.", KIND) == [
        "£3.3 million (2019) to £5.2 million: 9.5 per cent a year"]


def test_a_change_before_up_from_is_no_level(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Dunmore cider exports, 14 February 2025",
        "Cider exports earned £84.1 million in 2024, against £80.6 million in 2023. Sales to "
        "Japan rose by £1.9 million, up from £3.3 million in 2019, growth of 9.5 per cent a "
        "year on average over five years.", KIND) != [
        "£3.3 million (2019) to £1.9 million: 9.5 per cent a year"]


def test_the_level_before_up_from_ends_the_growth_not_a_level_said_before(
        tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Orchard exports 2024",
        "Apple exports rose by £9.1 million to £204.3 million, from £195.2 million in 2023. "
        "Sales to Asian buyers were worth £48 million last year, up from £31 million in "
        "2018 - growth of 7.6 per cent a year on average over six years.", KIND)
    assert len(labels) == 1 and "£48 million" in labels[0] and "£195.2" not in labels[0]
