"""kg read: a rate set "at" that values what the sentence before gave — "The 90 stewards
worked 2,700 hours. At £11.50 an hour, that time is worth £31,050" (the hours the count, the
worth the total), "The trust set aside €2.4 million. At €8,000 per roof, the money would
repair 300 roofs" (the money the total, the roofs the count), "That will buy 1,500 meals, at
about £4 a meal". The words that open the clause ("that time", "these", "the money") point
back to the one figure of the sentence before that is the other; where that sentence gives
several, or the rate is a month's and the things are no month's, nothing is read."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Harbour Trust review, 2025", text, "AverageRelation")


def test_time_given_valued_at_an_hourly_rate(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Our 90 stewards worked 2,700 hours over the summer. At the "
                               "minimum wage of £11.50 an hour, that time is worth "
                               "£31,050.") == ["£31,050 ÷ 2,700 hours = £11.50 each"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.severity for f in report.findings if f.check == "average"] == ["pass"]


def test_things_counted_valued_at_a_price_each(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Inspectors issued 3,150 penalty notices in the year. Valued "
                               "at the standard €60 each, these came to €189,000.") == \
        ["€189,000 ÷ 3,150 = €60 each"]


def test_money_set_aside_buys_things_at_a_cost_per_thing(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The trust set aside €2.4 million for the harbour cottages. At "
                               "an average cost of €8,000 per roof, the money would repair "
                               "about 300 roofs.") == ["€2.4 million ÷ about 300 = €8,000 each"]


def test_the_things_bought_then_the_rate_set_off_after_them(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The appeal will give £6,000 to the night shelter. That will "
                               "buy 1,500 hot meals over the winter, at about £4 a meal.") == \
        ["£6,000 ÷ 1,500 = about £4 each"]
    # (a rate a night over things that are nights: the total need name no night)
    assert _averages(tmp_path / "b", "The appeal will give £60,000 to the night shelter. "
                                     "That will pay for 2,400 cot-nights this winter, at "
                                     "about £25 a night.") == ["£60,000 ÷ 2,400 = about £25 each"]


def test_several_counts_before_or_a_monthly_rate_over_a_year_read_nothing(
        tmp_path: Path) -> None:
    # (two counts before "each": the words leave which; £25 a month for 130 children is no
    # year's £40,000 over them)
    assert _averages(tmp_path, "Inspectors in 14 ports issued 3,150 penalty notices. At €60 "
                               "each, these came to €189,000.") == []
    assert _averages(tmp_path / "b", "The charity raised £40,000 in 2025. At £25 a month, "
                                     "that would sponsor 130 children.") == []
