"""kg read: "Festival-goers spent £318k, more than four times the £70k spent at the market
stalls": a factor written as a floor ("more than", "over", "at least") between a value and the
base it multiplies states that the value is the larger; the factor is only a bound, so no
multiple is checked, but the order of the two is what the words say. Where a multiple of
the pair is read, it states their order and nothing more is written; a factor with no
floor word, or a base of another unit, gives no comparison."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

TITLE = "Harbour festival: what visitors spent"


def _comparisons(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, TITLE, text, "ComparisonRelation")


def test_more_than_times_the_base_orders_the_two(tmp_path: Path) -> None:
    assert _comparisons(tmp_path, "Festival-goers spent £318k, more than four times the £70k "
                                  "spent at the market stalls.") == ["£318k > £70k"]
    assert violations(tmp_path) == []


def test_a_floor_factor_past_a_verb_and_a_named_base_in_brackets(tmp_path: Path) -> None:
    assert _comparisons(tmp_path, "The main pier, at 412 m, is more than triple the length of "
                                  "the old jetty (126 m).") == ["412 m > 126 m"]


def test_a_base_larger_than_the_value_is_found(tmp_path: Path) -> None:
    # a slip in either figure ("£31k" for "£318k") breaks the order the words state
    assert _comparisons(tmp_path, "Festival-goers spent £31k, more than four times the £70k "
                                  "spent at the market stalls.") == ["£31k > £70k"]
    assert violations(tmp_path) == ["comparison"]


def test_a_factor_without_a_floor_word_gives_no_comparison(tmp_path: Path) -> None:
    assert _comparisons(tmp_path, "Festival-goers spent £280k, four times the £70k spent at "
                                  "the market stalls.") == []


def test_a_base_of_another_unit_gives_no_comparison(tmp_path: Path) -> None:
    assert _comparisons(tmp_path, "Festival-goers spent £318k, more than four times the 70 "
                                  "stalls could take.") == []
