"""kg read: net debt said as a multiple of EBITDA ("£1.9 billion, or 3.1x adjusted EBITDA of
£610 million") is the ratio of the debt to those earnings (leverage): the earnings "of"
gives right after, else the one EBITDA figure of the debt's period a results table gives
before; a clause that names no debt, or earnings left open, is no ratio."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

RESULTS = """Harrowgate Leisure plc - results for the year to 30 June 2026

                         FY2026     FY2025
Revenue (£m)              482.0      455.3
Adjusted EBITDA (£m)       96.4       88.1
Operating profit (£m)      51.7       47.0

{sentence}
"""


def _ratios(tmp_path: Path, text: str) -> list[str]:
    return read_labels(tmp_path, "results.txt", text, "RatioRelation")


def test_debt_as_a_multiple_of_the_ebitda_the_words_give_is_their_ratio(
        tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Results of the Ostbrook Group, 2025\n\nNet debt at 31 "
                             "December was €1.9 billion, or 3.1x adjusted EBITDA of €610 "
                             "million.\n") == ["€1.9 billion to €610 million: 3.1x"]
    # no debt named: a multiple of some other amount is no leverage
    assert _ratios(tmp_path / "cash", "Results of the Ostbrook Group, 2025\n\nCash at 31 "
                                      "December was €1.9 billion, or 3.1x adjusted EBITDA of "
                                      "€610 million.\n") == []


def test_debt_as_a_multiple_of_ebitda_takes_the_table_s_figure_of_its_year(
        tmp_path: Path) -> None:
    assert _ratios(tmp_path, RESULTS.format(
        sentence="Net debt at 30 June 2026 was £154.2 million, or 1.6 times adjusted "
                 "EBITDA, well inside our covenants.")) == ["£154.2 million to 96.4: 1.6 times"]


def test_leverage_named_is_the_debt_before_over_the_ebitda_its_sentence_gives(
        tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Results of the Ostbrook Group, 2025\n\nStrong cash flow cut "
                             "net debt by €40.0 million, from €420.0 million to €380.0 "
                             "million. With EBITDA of €190.0 million, leverage now stands "
                             "at 2.0 times.\n") == ["€380.0 million to €190.0 million: 2.0 times"]
    # no debt in either sentence: the leverage's numerator is left open
    assert _ratios(tmp_path / "none", "Results of the Ostbrook Group, 2025\n\nRevenue rose to "
                                      "€980.0 million. With EBITDA of €190.0 million, "
                                      "leverage now stands at 2.0 times.\n") == []
