"""One part given "of them" or "of the total" and the others after it with the verb left
out ("Season tickets made up £3.15 million of the total and match-day sales £1.65
million"): the parts add up to the total just said. Never a figure set against it
("against …", "compared with …")."""

from __future__ import annotations

from tests.read import relation_labels


def _sums(tmp_path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Club accounts 2025", text, "SumRelation")


def test_of_the_total_and_a_gapped_item(tmp_path) -> None:
    assert _sums(tmp_path, "Ticket income totalled £4.80 million in 2025, up from £4.20 "
                           "million. Season tickets made up £3.15 million of the total and "
                           "match-day sales £1.65 million.") == \
        ["£3.15 million + £1.65 million = £4.80 million"]


def test_of_them_with_a_share_and_a_gapped_item(tmp_path) -> None:
    assert _sums(tmp_path, "Visitors made 640,000 visits in 2025. Adults accounted for "
                           "410,000 of them (64.1%), children for 230,000.") == \
        ["410,000 + 230,000 = 640,000"]


def test_a_figure_set_against_the_part_is_none(tmp_path) -> None:
    assert _sums(tmp_path, "Visitors made 640,000 visits in 2025. Adults accounted for "
                           "410,000 of them, compared with 380,000 a year earlier.") == []
