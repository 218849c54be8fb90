"""A table of prices a month beside the same prices a year: each row's year is its month's
spread over the months the text counts (kg.read.prices)."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read
from kg.read.prices import period_of


def test_a_head_s_period_and_its_other_words() -> None:
    assert period_of("Per year, paid quarterly") == ("year", frozenset({"paid", "quarterly"}))
    assert period_of("Paid quarterly (NZ$/week)") == ("week", frozenset({"paid", "quarterly"}))
    assert period_of("Yearly fee") == ("year", frozenset({"fee"}))
    assert period_of("Fee") == (None, frozenset())


_PAGE = """# Membership rates

Memberships run for 12 months from the day you join.

Rates per member (NZ$)
| Tier | Paid weekly, a week | Paid yearly, a week | Paid weekly, per year | Paid yearly, per year |
|---|---:|---:|---:|---:|
| Off-peak | 9.00 | 7.50 | 468.00 | 390.00 |
| Anytime | 14.00 | 11.50 | 728.00 | 598.00 |

Weekly rates are the yearly rate divided by 52 weeks.
"""


def _report(tmp_path: Path, text: str):
    source = tmp_path / "gym.md"
    source.write_text(text, encoding="utf-8")
    read(source, tmp_path / "c")
    return check_corpus(build_corpus(tmp_path / "c"))


def test_a_price_a_week_and_a_year_in_columns_alike_are_an_average_over_the_weeks(
        tmp_path: Path) -> None:
    report = _report(tmp_path, _PAGE)
    averages = [f for f in report.findings if f.check == "average"]
    # 11.50 a week for 52 weeks is 598.00; the rest pair by what their heads say alike
    assert len(averages) == 4 and all(f.severity == "pass" for f in averages)
    (tmp_path / "s").mkdir()
    slipped = _report(tmp_path / "s", _PAGE.replace("598.00", "589.00"))
    bad = [f for f in slipped.findings if f.severity == "violation"]
    assert [f.check for f in bad] == ["average"]


def test_no_number_of_weeks_in_the_text_no_average(tmp_path: Path) -> None:
    report = _report(tmp_path, _PAGE.replace("Weekly rates are the yearly rate divided by 52 "
                                             "weeks.", "Rates are reviewed each April."))
    assert not [f for f in report.findings if f.check == "average"]
