"""kg read: net debt "at quarter-end, or 1.4 times trailing twelve-month adjusted EBITDA of
$151.8 million" is a leverage, the debt over the earnings (a ratio by name), whether the
debt's date stands between it and the comma or a hyphened span of months before "EBITDA";
the factor is then no multiple as well."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TITLE = "Birchmoor Bakeries third-quarter results, 6 November 2025"
TEXT = ("Net debt was $96.0 million at quarter-end, or 1.6 times trailing twelve-month "
        "adjusted EBITDA of $60.0 million.")


def test_leverage_past_the_debt_s_date_and_a_span_of_months(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, TITLE, TEXT, "RatioRelation") == [
        "$96.0 million to $60.0 million: 1.6 times"]


def test_the_leverage_is_no_multiple_as_well(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, TITLE, TEXT, "MultipleRelation") == []
