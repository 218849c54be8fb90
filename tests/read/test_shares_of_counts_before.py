"""kg read: a share whose whole is counted before its portion: "Of these, 6,300 (70.0%) …"
after a sentence that counts the calls, and "3,300 of the town's 6,000 homes … - 55.0%",
where an owner stands where "the" would."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_of_these_opening_a_sentence_points_back_to_the_count_before_it(
        tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Helpline report 2025",
        "The helpline took 9,000 calls in March. Of these, 6,300 (70.0%) were answered "
        "within a minute.", "ShareRelation") == ["6,300 is 70.0% of 9,000"]


def test_of_those_opening_a_sentence_points_back_to_the_count_before_it(
        tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Depot report 2025",
        "The depot sent out 480 buses on Monday. Of those, 360 (75.0%) left on time.",
        "ShareRelation") == ["360 is 75.0% of 480"]


def test_a_share_set_off_by_a_dash_after_a_whole_with_its_owner_named(
        tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Solar survey 2025",
        "About 3,300 of the town's 6,000 homes have solar panels - 55.0%, or just over half.",
        "ShareRelation") == ["About 3,300 is 55.0% of 6,000"]


def test_of_the_noun_before_a_bracketed_share_names_the_count_said_earlier(
        tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Swimming club review 2024",
        "The club taught 4,200 swimmers in 2024 across 12 pools. Boys made up 2,310 of the "
        "swimmers taught (55.0%).", "ShareRelation") == ["2,310 is 55.0% of 4,200"]


def test_of_the_noun_names_no_earlier_count_where_the_sentence_counts_one_first(
        tmp_path: Path) -> None:
    # the 900 vans of 2015 are vans too, but the sentence's own 2,400 may be the whole
    assert relation_labels(
        tmp_path, "Courier fleet review 2025",
        "The firm started in 2015 with 900 vans. Its fleet of 2,400 has grown since, and "
        "1,200 of the vans (50.0%) are electric.", "ShareRelation") == []


def test_of_those_and_a_noun_before_a_bracketed_share_names_the_count_said_earlier(
        tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Arboretum report 2025",
        "The arboretum keeps 900 trees of 120 kinds. Thirty of those kinds (25.0%) are rare.",
        "ShareRelation") == ["Thirty is 25.0% of 120"]


def test_of_these_after_a_trials_split_counts_is_of_all_the_participants(
        tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Reading trial 2025",
        "A total of 2,000 pupils were enrolled: 1,000 in intervention schools and 1,000 in "
        "control schools. Of these, 150 (7.5%) left before the end.",
        "ShareRelation") == ["150 is 7.5% of 2,000"]
