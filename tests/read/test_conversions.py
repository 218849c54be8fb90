"""A page that states its exchange rate once has every conversion on it checked at it."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read


def test_a_price_converted_off_the_page_s_one_rate_is_a_violation(tmp_path: Path) -> None:
    source = tmp_path / "fees.txt"
    source.write_text("Course fees 2025\n\nThe full course costs €1,200 (about US$1,310). "
                      "Members pay €900 (US$1,080). Dollar figures are indicative and use "
                      "€1 = US$1.09.\n", encoding="utf-8")
    read(source, tmp_path / "c")
    report = check_corpus(build_corpus(tmp_path / "c"))
    conversions = [f for f in report.findings if f.check == "conversion"]
    # €900 at US$1.09 is about US$981: US$1,080 is the slip; €1,200 is US$1,308, "about" 1,310
    # (US$1,080, money written to the dollar, is exact: 1,080 ÷ 1.09, ±0.005 on the rate)
    assert [(f.severity, f.message) for f in conversions] == [
        ("violation", "At the stated rate the amount converts to 990.826 (985.845 to 995.853), "
                      "but it is stated as 900 (850 to 950)."),
        ("pass", "consistent within the figures' precision")]
    assert not [f for f in report.findings if f.severity == "violation"
                and f.check != "conversion"]


def test_a_rate_written_code_after_the_one_is_a_rate(tmp_path: Path) -> None:
    """'converted at 1 USD = 0.92 EUR' read 0.92 as an amount of euros, so no conversion on
    the page could be checked at it."""
    source = tmp_path / "rates.txt"
    source.write_text("Guide prices\n\nLocal prices are a guide, converted at 1 CHF = 1.06 EUR "
                      "and 1 CHF = 0.89 GBP.\n", encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    for rate in ("1.06", "0.89"):
        assert f'cg:quote "{rate}" ;' in claims
        at = claims.index(f'cg:quote "{rate}" ;')
        assert "qudt:unit cg:CurrencyPerCurrency" in claims[at:claims.index("\n\n", at)]


def test_a_line_of_prices_under_a_price_shows_it_at_the_page_s_rates(tmp_path: Path) -> None:
    """A pricing card's '$49 per user / month' over '€45.80 · £38.71', with the page's
    'converted at 1 USD = 0.92 EUR and 1 USD = 0.79 GBP': each is the price converted, so a
    slip in one is found (49 x 0.92 is 45.08)."""
    source = tmp_path / "plans.md"
    source.write_text("# Plans\n\nSolo\n\nCHF 20 per seat / month\n\nEUR 21.20 · GBP 17.80\n\n"
                      "Studio\n\nCHF 45 per seat / month\n\nEUR 47.70 · GBP 41.05\n\n"
                      "We bill in Swiss francs; euro and sterling prices are converted at "
                      "1 CHF = 1.06 EUR and 1 CHF = 0.89 GBP.\n", encoding="utf-8")
    read(source, tmp_path / "c")
    report = check_corpus(build_corpus(tmp_path / "c"))
    conversions = [f for f in report.findings if f.check == "conversion"]
    # 20 x 1.06 = 21.20, 20 x 0.89 = 17.80, 45 x 1.06 = 47.70; 45 x 0.89 is 40.05, not 41.05
    assert sorted(f.severity for f in conversions) == ["pass", "pass", "pass", "violation"]
    wrong = next(f for f in conversions if f.severity == "violation")
    assert "41.05" in wrong.label and "CHF 45" in wrong.label
