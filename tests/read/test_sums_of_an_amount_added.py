"""An amount the words add to a level ("a further …", "an additional …", "adds …", "a
supplement of …", "together with …") and what the two come to, said after it ("giving …",
"bringing … to …", "so … was …"): a sum of the level and the added amount. The level is
the one before it in the sentence, or else in a sentence just before; never an amount
taken away, never a change in percent."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from tests.read import sum_labels


def _sums(tmp_path: Path, text: str, name: str = "note.txt") -> list[str]:
    return sum_labels(tmp_path, name, "Depot report 2025\n\n" + text + "\n")


def test_a_further_amount_in_the_sentence_of_its_level(tmp_path: Path) -> None:
    assert _sums(tmp_path, "Grain stores held 8,200 tonnes on 1 March, with a further "
                           "1,300 tonnes on order, giving 9,500 tonnes for the spring.") == \
        ["8,200 tonnes + 1,300 tonnes = 9,500 tonnes"]


def test_a_slip_in_what_the_two_come_to_is_found(tmp_path: Path) -> None:
    assert _sums(tmp_path, "Grain stores held 8,240 tonnes on 1 March, with a further "
                           "1,310 tonnes on order, giving 9,650 tonnes for the spring.") == \
        ["8,240 tonnes + 1,310 tonnes = 9,650 tonnes"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"] == ["sum"]


def test_the_level_added_to_in_the_sentence_before(tmp_path: Path) -> None:
    # the level named as the total is ("profit"), not the first amount said before it
    assert _sums(tmp_path, "Fees came to £96,000 and costs to £71,000, leaving an operating "
                           "profit of £25,000. Interest added a further £3,500, so the "
                           "profit for the year was £28,500.") == \
        ["£25,000 + £3,500 = £28,500"]


def test_an_amount_for_each_of_something_adds_to_one_for_the_same(tmp_path: Path) -> None:
    assert _sums(tmp_path, "Residents pay £12 per visit. Visitors from outside the county "
                           "pay a surcharge of £4, bringing their charge to £16 per visit.") \
        == ["£12 + £4 = £16"]


def test_together_with_an_amount_and_that_level(tmp_path: Path) -> None:
    assert _sums(tmp_path, "Bought-in power came to 2.4 GWh. Together with our own output "
                           "of 11.6 GWh, that put total supply at 14.0 GWh.") == \
        ["2.4 GWh + 11.6 GWh = 14.0 GWh"]


def test_an_amount_taken_away_or_a_change_is_no_part(tmp_path: Path) -> None:
    assert _sums(tmp_path, "Stocks stood at 5,000 tonnes in June. They fell a further 600 "
                           "tonnes in July, taking them to 4,400 tonnes.") == []
    assert _sums(tmp_path, "Prices were 3.0% higher in June. They rose a further 1.5% in "
                           "July, taking the annual rate to 4.5%.", "prices.txt") == []
