"""Anchoring quotes in a source text."""

from __future__ import annotations

import pytest

from kg.anchor import AnchorError, NormalizedText, anchor, closest_passage, line_col

TEXT = "Sales were 910 million\nUS dollars.\n\nThe total   was 11.4 billion.\nSales were flat."
SECOND = TEXT.rindex("Sales were")


def test_offsets_point_at_the_quote() -> None:
    a = anchor(TEXT, "11.4 billion")
    assert TEXT[a.start:a.end] == "11.4 billion" == a.exact


def test_quote_matches_across_a_line_break() -> None:
    a = anchor(TEXT, "910 million US dollars")
    assert a.exact == "910 million\nUS dollars"
    assert (a.start, a.end) == (11, 33)


def test_quote_matches_across_a_blank_line_and_runs_of_spaces() -> None:
    a = anchor(TEXT, "US dollars. The total was")
    assert a.exact == "US dollars.\n\nThe total   was"


def test_quote_with_its_own_line_breaks_matches_single_spaces() -> None:
    a = anchor("alpha beta gamma", "alpha\n  beta")
    assert (a.start, a.end) == (0, 10)


def test_ambiguous_quote_names_every_position() -> None:
    with pytest.raises(AnchorError) as err:
        anchor(TEXT, "Sales were")
    assert err.value.positions == (0, SECOND)
    assert "2 times" in str(err.value) and "line 1:1" in str(err.value) \
        and "line 5:1" in str(err.value)


def test_prefix_resolves_ambiguity() -> None:
    a = anchor(TEXT, "Sales were", prefix="billion.")
    assert a.start == SECOND


def test_suffix_resolves_ambiguity() -> None:
    a = anchor(TEXT, "Sales were", suffix="910 million")
    assert a.start == 0


def test_within_limits_the_search_to_a_span() -> None:
    a = anchor(TEXT, "Sales were", within=(40, len(TEXT)))
    assert a.start == SECOND


def test_not_found_gives_the_closest_passage() -> None:
    with pytest.raises(AnchorError) as err:
        anchor(TEXT, "The total was 11.5 billion")
    assert err.value.closest == "The total was 11.4 billion."[: len("The total was 11.5 billion")]
    assert "closest passage" in str(err.value)


def test_closest_passage_on_the_paper_prefers_the_sentence_that_reads_alike() -> None:
    from tests.conftest import PAPER_DIR, PAPER_ID
    text = (PAPER_DIR / PAPER_ID / "source.txt").read_text(encoding="utf-8")
    assert closest_passage(text, "retail sales in the US fell by 12%") == \
        "retail sales in the US fell by 11%"


def test_prefix_and_suffix_context_are_recorded() -> None:
    a = anchor(TEXT, "11.4 billion", context=8)
    assert a.prefix == "tal   was "[-8:] and a.suffix == ".\nSales "[:8]


def test_normalized_text_maps_back_to_original_offsets() -> None:
    norm = NormalizedText("a \n\n b")
    assert norm.text == "a b"
    assert norm.to_original(2, 3) == (5, 6)


def test_line_col_is_one_based() -> None:
    assert line_col("ab\ncd", 3) == (2, 1)


@pytest.mark.parametrize("quote", ["1.2", "2 million", "25"])
def test_a_quote_does_not_match_inside_a_number(quote: str) -> None:
    # regression: "1.2" used to anchor inside "1.25"
    with pytest.raises(AnchorError):
        anchor("A was 1.25, B 12 millions, C 125.", quote)


def test_a_quote_does_not_match_inside_a_word_but_may_end_before_punctuation() -> None:
    with pytest.raises(AnchorError):
        anchor("Alibaba's rise", "Aliba")
    assert anchor("Alibaba's rise", "Alibaba").end == 7


def test_a_number_ending_a_quote_with_its_full_stop_is_not_inside_a_decimal() -> None:
    """A heading's "4." stood twice in "rose 4.6%. 4. Outlook": the n-th claim quoting it
    was told apart by a prefix that pointed at the decimal."""
    text = "Costs rose 4.6%, to 1,200. 4. Outlook"
    assert anchor(text, "4.").start == text.index("4. Outlook")
    assert anchor(text, "1,200.").end == text.index(" 4. Outlook")
