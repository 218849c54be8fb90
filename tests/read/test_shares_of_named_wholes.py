"""Shares whose words name the whole: "of the quarter's total" (a period owns the total, the
measure is the part's), "of the standard $150 annual fee" and "of the month's average of
50mm" (the whole written after the words that describe it), and a whole of the part's own
period, never an earlier year's cell of the table row the text restates."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_table_total_shares import shares


def test_a_share_of_a_periods_total_is_of_the_total_an_earlier_sentence_states(
        tmp_path: Path) -> None:
    """"or 40.0% of the quarter's total": "quarter's" says when, not what; the total is the
    quarter's visitors the sentence before states."""
    found = shares(tmp_path, "Museum visits\n\nThe museum welcomed 90,000 visitors in the "
                             "second quarter. June was the busiest month, with 36,000 "
                             "visitors, or 40.0% of the quarter's total.\n")
    assert found == {"40.0%": ("36,000", "90,000")}


def test_a_months_share_of_the_quarters_total_is_never_of_an_earlier_years_cell(
        tmp_path: Path) -> None:
    """A month of 2025 is a part of the 2025 quarter: of the total row's cells (2024 and
    2025, the quarter's total stated nowhere else), the one of the month's year is the
    whole, whichever column comes first."""
    found = shares(tmp_path, "Library loans, second quarter 2025\n\n"
                             "Lending rose at both branches.\n\n"
                             "| Branch | Q2 2024 loans | Q2 2025 loans |\n"
                             "|---|---:|---:|\n"
                             "| North | 11,300 | 12,150 |\n"
                             "| South | 11,300 | 12,150 |\n"
                             "| East | 11,300 | 12,150 |\n"
                             "| West | 11,300 | 12,150 |\n"
                             "| Total | 45,200 | 48,600 |\n\n"
                             "Loans peaked in May 2025, with 19,440 books, or 40.0% of the "
                             "quarter's total.\n")
    assert found == {"40.0%": ("19,440", "f-t1-r5-c2")}


def test_a_share_of_a_whole_written_after_the_words_describing_it(tmp_path: Path) -> None:
    """"about 20% of the standard $150 annual fee": the whole is the figure the noun phrase
    after "of" holds, its describing words before it."""
    found = shares(tmp_path, "Membership\n\nStudents pay $30, about 20% of the standard $150 "
                             "annual fee.\n")
    assert found == {"about 20%": ("$30", "$150")}


def test_a_share_of_an_average_the_words_after_of_give(tmp_path: Path) -> None:
    """"60 per cent of the month's average of 50mm": the average is the whole."""
    found = shares(tmp_path, "April weather\n\nOnly 30mm of rain fell in April, which is 60 "
                             "per cent of the month's average of 50mm.\n")
    assert found == {"60 per cent": ("Only 30mm", "50mm")}


def test_a_slipped_share_of_a_described_whole_is_still_tied(tmp_path: Path) -> None:
    """$30 is 20% of $150, not 25%: the words still tie the share to the $150 they name, so
    the check can find the slip."""
    found = shares(tmp_path, "Membership\n\nStudents pay $30, about 25% of the standard $150 "
                             "annual fee.\n")
    assert found == {"about 25%": ("$30", "$150")}



def test_a_share_of_a_qualified_measure_is_never_of_another_measure_with_that_qualifier(
        tmp_path: Path) -> None:
    """"30.0% of operating expenditure": "operating" qualifies expenditure, so the club's
    operating surplus is another measure; the whole is the expenditure the text states."""
    found = shares(tmp_path, "Rowing club accounts\n\nThe club's operating surplus was "
                             "$40,000. Total expenditure came to "
                             "$900,000. Coaching, at $270,000, is 30.0% of operating "
                             "expenditure.\n")
    assert found == {"30.0%": ("$270,000", "$900,000")}


def test_a_share_of_the_expected_total_is_of_the_figure_said_to_be_expected(
        tmp_path: Path) -> None:
    """"of the expected total" names what the text said with the verb ("expects to raise
    £80,000"), not only a narrower figure that repeats the participle ("an expected
    £30,000" of members' gifts)."""
    found = shares(tmp_path, "Appeal update\n\nThe hospice expects to raise £80,000 in its "
                             "spring appeal. Gifts from members are worth an expected "
                             "£30,000 in total. So far it has received £36,000, some 45.0% "
                             "of the expected total.\n")
    assert found == {"some 45.0%": ("£36,000", "£80,000")}
