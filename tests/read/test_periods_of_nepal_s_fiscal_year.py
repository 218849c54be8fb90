"""A fiscal year written in Nepal's own calendar (Bikram Sambat, 56 to 57 years ahead of the
Gregorian; its fiscal year opens in mid-July) is the Gregorian fiscal year it spans: a water
users' committee's "2080/81" is 2023/24, and its document and figures are dated so."""
from __future__ import annotations

from kg.read.periods import document_period, mentions

TEXT = ("Seti Khola Drinking Water Users' Committee\n"
        "Accounts for fiscal year 2080/81\n\n"
        "Tariff income reached NPR 1.86 million in 2080/81, up from NPR 1.62 million in 2079/80.\n")


def test_a_bikram_sambat_fiscal_year_is_the_gregorian_one_it_spans() -> None:
    keys = [m.key for m in mentions(TEXT.split("\n\n")[1])]
    assert keys == ["2023/24", "2022/23"]
    assert document_period(TEXT) == "2023/24"


def test_a_gregorian_fiscal_year_stays_as_written() -> None:
    assert [m.key for m in mentions("Fees rose in 2024/25 and again in 2049/50.")] == [
        "2024/25", "2049/50"]
