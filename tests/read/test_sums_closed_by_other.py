"""A list of amounts closed by "and other …" is all of a total the sentence before states:
"The county expects revenue of £540m next year. Property tax is expected to raise £310m,
sales tax £150m and other levies and charges £80m." The total is the one level of the unit
and the parts' period in reach; the words, not the arithmetic, close the list."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _sums(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "County budget", text, "SumRelation")


def test_other_closes_the_list_of_a_total_said_before(tmp_path: Path) -> None:
    assert _sums(tmp_path, (
        "The county expects revenue of £540m next year. Property tax is expected to raise "
        "£310m, sales tax £150m and other levies and charges £80m.")) == \
        ["£310m + £150m + £80m = £540m"]


def test_the_total_is_the_level_of_the_parts_year(tmp_path: Path) -> None:
    assert _sums(tmp_path, (
        "The count fell from 52,300 birds in 2015 to 41,800 in 2024. In 2024 gulls made up "
        "15,210 of the birds counted (36.4%), terns 9,140 (21.9%), ducks 7,650 and other "
        "species 9,800.")) == ["15,210 + 9,140 + 7,650 + 9,800 = 41,800"]


def test_a_slip_in_a_part_is_still_summed(tmp_path: Path) -> None:
    assert _sums(tmp_path, (
        "The county expects revenue of £540m next year. Property tax is expected to raise "
        "£310m, sales tax £510m and other levies and charges £80m.")) == \
        ["£310m + £510m + £80m = £540m"]


def test_no_sum_without_other_closing_the_list(tmp_path: Path) -> None:
    assert _sums(tmp_path, (
        "The county expects revenue of £540m next year. Property tax is expected to raise "
        "£310m, sales tax £150m and parking charges £80m.")) == []


def test_no_sum_where_two_totals_are_in_reach(tmp_path: Path) -> None:
    assert _sums(tmp_path, (
        "The county expects revenue of £540m and spending of £525m next year. Property tax "
        "is expected to raise £310m, sales tax £150m and other levies and charges £80m.")) \
        == []
