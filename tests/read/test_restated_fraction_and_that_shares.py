"""Shares whose figures another relation or the sentence before gives: a percent in brackets
after a fraction ("more than a third (35.1%)") is a share of the portion and whole the
fraction relates; an amount's bracketed aside ("(US$16.0 million at the average rate)") is
never the portion of the share after it; the whole is the exact figure a headline rounds;
"That is 7.8% of …" restates the one amount the sentence before states."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _shares(tmp_path: Path, text: str, title: str = "Annual review") -> list[str]:
    return relation_labels(tmp_path, title, text, "ShareRelation")


def test_a_bracketed_percent_after_a_fraction_is_a_share(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "The clinic saw 4,820 patients in March, and 1,690 of them, more than a third "
        "(35.1%), came from outside the county.")) == ["1,690 is 35.1% of 4,820"]


def test_a_fraction_of_all_income_with_its_percent(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "Total income reached £4,541,000 in the year. Legacies brought in £2,143,500, "
        "almost half of all income (47.2 per cent).")) == [
        "£2,143,500 is 47.2 per cent of £4,541,000"]


def test_an_aside_in_brackets_is_not_the_portion(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "The valley's wine exports were worth €63.2 million last year. Shipments to Japan "
        "came to €14.8 million (US$16.0 million at the average rate), or 23.4% of the "
        "total.")) == ["€14.8 million is 23.4% of €63.2 million"]


def test_the_exact_whole_before_the_headlines_rounding(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "The valley's growers exported wine worth €63.2 million last year. Shipments to "
        "Japan came to €14.8 million, or 23.4% of the total."),
        title="Valley wine exports reach €63m") == ["€14.8 million is 23.4% of €63.2 million"]


def test_that_is_a_share_of_the_amount_before(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "The festival sold 18,250 tickets this summer. Local residents bought 5,110 tickets. "
        "That is 28.0% of the total sold.")) == ["5,110 is 28.0% of 18,250"]


def test_that_is_a_share_of_an_annual_whole_it_names(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "The mowing contract costs the council about $3.12 million a year. That is 7.8% of "
        "the parks department's $40.0 million annual budget.")) == [
        "about $3.12 million is 7.8% of $40.0 million"]


def test_that_is_after_two_amounts_names_no_portion(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "The festival sold 18,250 tickets this summer. Locals bought 5,110 tickets and "
        "students 2,400. That is 28.0% of the total sold.")) == []


def test_of_these_takes_up_the_count_in_digits(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "There were 12,480 calls to the two helplines in the quarter. Of these, 9,110 "
        "(73.0%) were answered within a minute.")) == ["9,110 is 73.0% of 12,480"]


def test_a_share_noun_set_off_after_the_amount(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "Hospitals in the province recorded 13,950 births last year. The four rural clinics "
        "together delivered 4,520 babies, a share of 32.4%.")) == ["4,520 is 32.4% of 13,950"]
