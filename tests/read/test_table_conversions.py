"""A table that gives one amount in several currencies, column by column, converts each row
at the rate the text states for the pair (kg.read.conversions)."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read
from kg.read.conversions import rate_currencies


def test_a_rate_s_currencies_come_from_the_words_around_it() -> None:
    assert rate_currencies("Figures use rates of £1 = US$1.27 and £1 = €1.17.", "1.27") == \
        ("USD", "GBP")
    assert rate_currencies("Figures use rates of £1 = US$1.27 and £1 = €1.17.", "1.17") == \
        ("EUR", "GBP")
    assert rate_currencies("billed at 1 CHF = 1.04 EUR for now", "1.04 EUR") == ("EUR", "CHF")
    assert rate_currencies("shown at 0.64 US dollars per Australian dollar", "0.64") == \
        ("USD", "AUD")
    assert rate_currencies("a rate of NZ$1.80 to £1 applies", "1.80") == ("NZD", "GBP")
    # a number the words give no second currency is no rate between two
    assert rate_currencies("prices rose 1.27 times", "1.27") is None


def _corpus(tmp_path: Path, text: str):
    tmp_path.mkdir(exist_ok=True)
    source = tmp_path / "tickets.md"
    source.write_text(text, encoding="utf-8")
    read(source, tmp_path / "c")
    return check_corpus(build_corpus(tmp_path / "c"))


_PAGE = """# Season tickets

Prices are set in Swiss francs. The euro and dollar columns are a guide, worked out at
CHF 1 = EUR 1.04 and CHF 1 = USD 1.12.

| Ticket | Price (CHF) | Price in EUR | Price in USD |
|---|---:|---:|---:|
| Adult | 480 | 499 | 538 |
| Student | 240 | 250 | 269 |
| Family | 1,150 | 1,196 | 1,388 |
"""


def test_each_row_of_a_table_in_two_currencies_is_checked_at_the_stated_rate(
        tmp_path: Path) -> None:
    report = _corpus(tmp_path, _PAGE)
    conversions = [f for f in report.findings if f.check == "conversion"]
    # 1,150 francs at USD 1.12 is USD 1,288: the family's USD 1,388 (1,239 francs) is the slip
    assert len(conversions) == 6
    bad = [f for f in conversions if f.severity == "violation"]
    assert len(bad) == 1 and bad[0].message.startswith(
        "At the stated rate the amount converts to 1239.29")
    assert not [f for f in report.findings if f.severity == "violation" and f not in bad]


def test_two_columns_of_one_currency_that_fit_the_words_alike_convert_neither(
        tmp_path: Path) -> None:
    # "Price" in francs twice (this year's and last year's, unnamed): which one the euro
    # column converts the words do not say
    page = _PAGE.replace("| Ticket | Price (CHF) | Price in EUR | Price in USD |",
                         "| Ticket | Price (CHF) | Price in EUR | Old price (CHF) |") \
        .replace("|---|---:|---:|---:|", "|---|---:|---:|---:|")
    report = _corpus(tmp_path, page)
    assert len([f for f in report.findings if f.check == "conversion"]) == 3
    page = page.replace("Old price (CHF)", "Price (CHF)")
    report = _corpus(tmp_path / "again", page)
    assert not [f for f in report.findings if f.check == "conversion"]


def test_no_stated_rate_no_conversion(tmp_path: Path) -> None:
    report = _corpus(tmp_path, _PAGE.replace("worked out at\nCHF 1 = EUR 1.04 and CHF 1 = "
                                             "USD 1.12.", "updated each month."))
    assert not [f for f in report.findings if f.check == "conversion"]


_LIST = """# Plans

Prices per seat (US$)
| Plan | Paid monthly, per month | Paid yearly, per month |
|---|---:|---:|
| Solo | 15.00 | 12.50 |
| Studio | 32.00 | 26.00 |

Australian customers pay yearly-plan prices converted at A$1.52 per US dollar: Solo is A$19.00 and Studio A$40.25 per seat per month.
"""


def test_amounts_after_row_labels_convert_the_column_the_sentence_names(tmp_path: Path) -> None:
    """"yearly-plan prices … per month": the paid-yearly column, a month's; Studio's A$40.25
    is the slip (26.00 at 1.52 is A$39.52)."""
    report = _corpus(tmp_path, _LIST)
    conversions = sorted(f.severity for f in report.findings if f.check == "conversion")
    assert conversions == ["pass", "violation"]
    assert not [f for f in report.findings if f.severity == "violation"
                and f.check != "conversion"]


def test_amounts_whose_column_the_words_leave_open_convert_none(tmp_path: Path) -> None:
    report = _corpus(tmp_path, _LIST.replace("yearly-plan prices", "prices"))
    assert not [f for f in report.findings if f.check == "conversion"]


def test_rows_of_several_years_are_not_converted_at_one_rate(tmp_path: Path) -> None:
    """Each year's dollars at that year's rate: the one rate stated is the latest's."""
    report = _corpus(tmp_path, """# Key figures

Dollar figures use the 2024 average rate of CHF 1 = USD 1.14.

| Year | Revenue (CHF m) | Revenue (USD m) |
|---|---:|---:|
| 2022 | 410 | 430 |
| 2023 | 436 | 485 |
| 2024 | 462 | 527 |
""")
    assert not [f for f in report.findings if f.check == "conversion"]


def test_rates_listed_together_share_the_currency_named_after_the_last() -> None:
    line = "Dollar and rupee prices are a guide, at US$1.15 and ₹96.2 to the euro this month."
    assert rate_currencies(line, "US$1.15") == ("USD", "EUR")
    assert rate_currencies(line, "₹96.2") == ("INR", "EUR")
    assert rate_currencies("worked out at $1.15, £0.84 or ₹96.2 per euro", "£0.84") == \
        ("GBP", "EUR")


_GUIDE = """# Course prices

Courses are billed in euro; the other columns are a guide only, worked out at US$1.15 and
₹96.2 to the euro.

| Course | Price (EUR) | Approx. USD | Approx. INR |
|---|---:|---:|---:|
| Weekend | €400 | $460 | ₹38,480 |
| Evening | €900 | $1,035 | ₹86,580 |
| Summer | €1,600 | $1,940 | ₹153,920 |
"""


def test_a_column_headed_only_by_its_currency_converts_the_priced_column(
        tmp_path: Path) -> None:
    """"Approx. USD" names no measure of its own: it is the price column's amounts in
    dollars, and each row is checked at the rate listed for it; the summer course's $1,940
    (€1,687) is the slip (€1,600 at 1.15 is $1,840)."""
    report = _corpus(tmp_path, _GUIDE)
    conversions = [f for f in report.findings if f.check == "conversion"]
    assert len(conversions) == 6
    bad = [f for f in conversions if f.severity == "violation"]
    assert len(bad) == 1 and bad[0].message.startswith("At the stated rate the amount converts to 1686.96")
    assert not [f for f in report.findings if f.severity == "violation" and f not in bad]


def test_a_column_headed_by_a_currency_alone_without_converting_words_converts_nothing(
        tmp_path: Path) -> None:
    """"USD" with no "approx." or "equivalent" may be amounts of their own (a price charged
    in dollars), not the euro column converted."""
    page = _GUIDE.replace("Approx. USD", "USD").replace("Approx. INR", "INR")
    report = _corpus(tmp_path, page)
    assert not [f for f in report.findings if f.check == "conversion"]


def test_a_rate_after_an_iso_code_counts_that_currency() -> None:
    assert rate_currencies("We budget at TZS 2,650 to the US dollar.", "2,650") == \
        ("TZS", "USD")
    # a code is one only in capitals: "all" is a word, not the Albanian lek
    assert rate_currencies("we spent all 2,650 to the dollar", "2,650") is None


def test_a_sentence_saying_what_a_table_row_is_equivalent_to_converts_it(
        tmp_path: Path) -> None:
    """"total spending is equivalent to US$4.1 million": the "Total spending" row in
    shillings at the stated rate; 11,215 million shillings at 2,650 is US$4.23 million, so
    the US$4.1 million is the slip."""
    report = _corpus(tmp_path, """# Clinic network budget

All amounts are in Tanzanian shillings (TZS) millions.

| Item | 2026 |
|---|---:|
| Medicines | 6,430 |
| Clinic rents | 4,785 |
| Total spending | 11,215 |

At our planning rate of TZS 2,650 to the US dollar, total spending is equivalent to US$4.1 million.
""")
    conversions = [f for f in report.findings if f.check == "conversion"]
    assert [f.severity for f in conversions] == ["violation"]


_BOUGHT = """# Course fees

Fees are charged in pounds; the euro column is a guide only. When it was drawn up one
pound bought €1.17.

| Course | Fee (£) | Approx. fee (€) |
|---|---:|---:|
| Pottery | 240 | 281 |
| Life drawing | 310 | 383 |
"""


def test_a_rate_said_as_what_one_pound_bought_converts_a_table_s_rows(tmp_path: Path) -> None:
    assert rate_currencies("When it was drawn up one pound bought €1.17.", "1.17") == \
        ("EUR", "GBP")
    conversions = [f for f in _corpus(tmp_path, _BOUGHT).findings if f.check == "conversion"]
    # £310 at €1.17 is €362.70: the €383 is the slip; £240 is €280.80, given as €281
    assert sorted(f.severity for f in conversions) == ["pass", "violation"]
