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
