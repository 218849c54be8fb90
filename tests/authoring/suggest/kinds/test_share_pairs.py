"""Which two figures a share relates, where a nearer pair of figures is not its pair: a
results release's comparative in brackets, the ends of a range, a count the words give "of"
a group, the subject a possessive names."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def shares(tmp_path: Path, text: str) -> list[dict]:
    return [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "ShareRelation"]


def test_a_bracketed_comparative_is_no_level_of_a_margin(tmp_path: Path) -> None:
    """"EUR 31.9 million (25.7)": the bracket is last year's figure, not this margin's."""
    assert shares(tmp_path, "Sales were EUR 212.5 million (190.4). Operating profit rose to "
                            "EUR 31.9 million (25.7), and the operating margin widened to "
                            "15.0%.") == [
        {"portion": ("EUR 31.9 million",), "whole": ("EUR 212.5 million",), "share": ("15.0%",)}]


def test_the_ends_of_a_range_are_no_margin_and_its_revenue(tmp_path: Path) -> None:
    """An outlook "revenue of $820 million to $840 million … a margin of 9% to 10%": the two
    ends of the revenue range are no profit and the revenue it is a margin of."""
    assert shares(tmp_path, "For 2026 the company expects revenue of $820 million to $840 "
                            "million and an operating margin of 9% to 10%.") == []


def test_a_count_of_a_trial_arm_is_the_whole_of_the_count_before_of(tmp_path: Path) -> None:
    """"305 of 1,190 pupils in the intervention arm (25.6%)": 1,190 is the arm, the whole."""
    assert shares(tmp_path, "The trial enrolled 2,400 pupils: 1,190 in intervention schools and "
                            "1,210 in control schools. After a year, 305 of 1,190 pupils in the "
                            "intervention arm (25.6%) were anaemic.") == [
        {"portion": ("305",), "whole": ("1,190",), "share": ("25.6%",)}]


def test_a_possessive_before_share_names_its_portion(tmp_path: Path) -> None:
    """"Retail's share of group sales": the retail figure, not the sentence's first level."""
    assert shares(tmp_path, "Group sales were £420.0m, and retail sales reached £270.0m. "
                            "Retail's share of group sales rose to 64.3% from 62.1%.") == [
        {"portion": ("£270.0m",), "whole": ("£420.0m",), "share": ("64.3%",)}]


def test_the_total_counts_what_the_portion_counts(tmp_path: Path) -> None:
    """"18,000 guest nights, or 20.0 per cent of the total": the total of guest nights, not
    the count of guests that shares a word with them."""
    assert shares(tmp_path, "Guest nights at the region's campsites rose 3.0 per cent to 90,000 "
                            "in June. About 36,000 guests arrived, against 35,100 a year "
                            "earlier. Visitors from abroad accounted for 18,000 guest nights, or "
                            "20.0 per cent of the total.") == [
        {"portion": ("18,000",), "whole": ("90,000",), "share": ("20.0 per cent",)}]


def test_of_sales_is_the_sales_named_bare_not_a_narrower_larger_measure(tmp_path: Path) -> None:
    """"or 15.0% of sales": the figure named "Sales", not the larger "Monthly recurring
    sales" (the largest of the figures the words name was taken)."""
    assert shares(tmp_path, "Sales of €84.0 million for the year. Monthly recurring sales (MRS) "
                            "of €90.5 million at year-end. Operating cash flow of €12.6 million, "
                            "or 15.0% of sales.") == [
        {"portion": ("€12.6 million",), "whole": ("€84.0 million",), "share": ("15.0%",)}]


def test_a_count_given_what_one_arm_received_is_a_share_of_that_arm(tmp_path: Path) -> None:
    """"handed out the tablets … for 1,020 pupils (85.7%)", where only the intervention
    schools received the tablets: a share of that arm's 1,190, not of all 2,400; a count
    that names nothing given ("Overall, 96 pupils (4.0%) left") is of all of them."""
    assert shares(tmp_path, "Pupils in intervention schools received iron tablets for 40 weeks. "
                            "The trial enrolled 2,400 pupils: 1,190 in intervention schools and "
                            "1,210 in control schools. Teachers handed out the tablets on most "
                            "school days for 1,020 pupils (85.7%). Overall, 96 pupils (4.0%) "
                            "left the study.") == [
        {"portion": ("1,020",), "whole": ("1,190",), "share": ("85.7%",)},
        {"portion": ("96",), "whole": ("2,400",), "share": ("4.0%",)}]
