"""kg read: a dividend's cover is a multiple the words name both sides of: "a final dividend
of 40 cents per share, which is covered 3.1 times by headline earnings per share" (the
earnings another sentence gives are the multiple, the dividend the base), and "Headline
earnings cover the dividend 3.1 times" (the subject the multiple, the dividend an earlier
sentence gives the base). Cover counts no occasions."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TITLE = "Marula Foods Limited: results for the year to 30 June 2025"
EARNINGS = "Headline earnings per share rose from 112,0 cents to 124,0 cents. "


def test_covered_by_the_earnings_named(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, TITLE,
        EARNINGS + "The board has declared a final dividend of 40 cents per share, which is "
        "covered 3,1 times by headline earnings per share.",
        "MultipleRelation") == ["40 cents × 3.1 = 124,0 cents (3,1 times)"]


def test_earnings_cover_the_dividend(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, TITLE,
        EARNINGS + "The board has declared a final dividend of 40 cents per share. Headline "
        "earnings cover the dividend 3,1 times, within the group's policy.",
        "MultipleRelation") == ["40 cents × 3.1 = 124,0 cents (3,1 times)"]
