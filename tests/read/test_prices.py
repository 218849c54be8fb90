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


_SEATS = """# Plans

All prices are per seat, excluding GST.

Prices per seat (NZ$)
| Plan | Paid monthly, per month | Paid yearly, per year | Yearly saving |
|---|---:|---:|---:|
| Solo | 15 | 150 | 30 |
| Studio | 32 | 320 | 64 |

A studio of 8 designers on the Studio plan paid yearly spends NZ$2,560 a year, and paying yearly saves it NZ$521 a year.
"""


def test_a_number_of_users_on_a_named_plan_is_priced_at_the_column_the_words_name(
        tmp_path: Path) -> None:
    """8 seats of Studio at NZ$320 a year is NZ$2,560 (the paid-yearly column, which the
    clause names); NZ$521 for what 8 save is the slip (8 × NZ$64 is NZ$512): the verb before
    it names the saving column."""
    report = _report(tmp_path, _SEATS)
    averages = {f.severity: f.message for f in report.findings if f.check == "average"}
    assert sorted(f.severity for f in report.findings if f.check == "average") == \
        ["pass", "violation"]
    assert "65.125" in averages["violation"]  # 521 ÷ 8, against the table's 64
    assert not [f for f in report.findings if f.severity == "violation" and f.check != "average"]


def test_a_plan_the_sentence_does_not_name_prices_no_users(tmp_path: Path) -> None:
    report = _report(tmp_path, _SEATS.replace("on the Studio plan ", ""))
    assert not [f for f in report.findings if f.check == "average"]


def test_users_on_a_discounted_price_are_not_priced_at_the_table(tmp_path: Path) -> None:
    report = _report(tmp_path, _SEATS.replace("paying yearly saves it NZ$521 a year",
                                              "with 10% off for studios paying yearly saves it "
                                              "NZ$521 a year"))
    assert not [f for f in report.findings if f.check == "average"]
