"""kg read: "… £1,500 per school for the year. Rolling the scheme out to the 3,400 schools
in the region would cost £5.1 million": the one count of a thing and the one amount a verb
of cost gives, with the one amount an earlier sentence gives "per" that thing alone, are an
average's total, count and average; "per participating school" is another amount's, and
two amounts per school leave which one unread."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

KIND = "AverageRelation"
TITLE = "Breakfast club pilot: evaluation summary"


def test_a_cost_for_the_counted_things_is_their_average_cost(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, TITLE,
        "The pilot ran in 12 schools and cost £1,500 per school for the year. Rolling the "
        "scheme out to 3,400 schools across the region would cost £5.1 million a year.",
        KIND) == ["£5.1 million ÷ 3,400 = £1,500 each"]
    assert violations(tmp_path) == []


def test_a_scale_slip_in_the_cost_is_found(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, TITLE,
        "The pilot ran in 12 schools and cost £1,500 per school for the year. Rolling the "
        "scheme out to 3,400 schools across the region would cost £5.1 billion a year.",
        KIND) == ["£5.1 billion ÷ 3,400 = £1,500 each"]
    assert violations(tmp_path) == ["average"]


def test_an_amount_per_a_kind_of_the_thing_is_no_average_of_them(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, TITLE,
        "The pilot cost £1,500 per participating school for the year. Rolling the scheme "
        "out to 3,400 schools across the region would cost £5.1 million a year.", KIND) == []
