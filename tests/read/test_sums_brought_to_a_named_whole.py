"""kg read: "a final dividend of 6.0 cents per share, bringing the full-year dividend to 10.0
cents (interim: 4.0 cents)": a part brings a whole the words name as a sum ("the full-year
dividend", "total sales") to an amount, and the brackets after it state the other part.  An
amount per thing named like the whole is a part; a price named otherwise, or last year's
whole in the brackets, is none."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _sums(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Annual results 2025", text, "SumRelation")


def test_a_part_bringing_a_full_year_whole_to_an_amount_adds_the_bracketed_other_part(
        tmp_path: Path) -> None:
    assert _sums(tmp_path, "The board declared a final dividend of 6.0 cents per share, "
                           "bringing the full-year dividend to 10.0 cents (interim: 4.0 "
                           "cents).") == ["4.0 cents + 6.0 cents = 10.0 cents"]
    assert violations(tmp_path) == []
    # a price named otherwise than the whole, or last year's whole in the brackets, is no part
    (tmp_path / "b").mkdir()
    assert _sums(tmp_path / "b", "The stall sold scarves at £4 each, bringing the total to "
                                 "£600 (March: £200).\n\nThe board declared a final dividend "
                                 "of 6.0 cents per share, bringing the full-year dividend to "
                                 "10.0 cents (up from 8.0 cents).") == []


def test_total_words_before_to_name_the_whole_a_bracketed_part_completes(
        tmp_path: Path) -> None:
    assert _sums(tmp_path, "Members donated 310 parcels at the winter fair, bringing total "
                           "donations for the year to 1,250 parcels (autumn appeal: 940 "
                           "parcels).") == ["940 + 310 = 1,250"]


def test_a_slip_in_a_whole_brought_to_an_amount_is_a_violation(tmp_path: Path) -> None:
    # 4.0 and 6.0 cents make 10.0, not 11.0
    assert _sums(tmp_path, "The board declared a final dividend of 6.0 cents per share, "
                           "bringing the full-year dividend to 11.0 cents (interim: 4.0 "
                           "cents).") == ["4.0 cents + 6.0 cents = 11.0 cents"]
    assert violations(tmp_path) == ["sum"]

