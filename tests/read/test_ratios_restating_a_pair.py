"""kg read: a fraction in words set off after a part and its whole restates that pair: "12 of
the 16 depots … (three in four)", "73 dry days out of 365, or roughly one in five", "30 hours
of paid time out of the 40 hours in a week, or three-quarters of the rota", "240 calls …, 60
of them in April alone - about one in four"; "Of that output, 600 tonnes - one in five -"
takes up the last amount the sentence before states; "one in eight (100)" is of the count
the sentence opens with ("Of 800 tenants …"); "450 names on the list, roughly one for every
two lockers" is of the count of the things the fraction names, said before."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _ratios(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Service note, 2025", text, "RatioRelation")


def test_a_bracketed_fraction_after_a_part_of_a_whole_restates_the_pair(
        tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The council now runs 12 of the 16 depots on biogas (three in "
                             "four), up from 6 in 2020.") == ["12 is three in four of 16"]
    assert violations(tmp_path) == []


def test_a_fraction_after_a_part_out_of_a_whole_ends_the_line(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Weather at the site:\n\n- 73 dry days out of 365, or roughly "
                             "one in five\n") == ["73 is roughly one in five of 365"]


def test_a_fraction_after_a_part_out_of_a_whole_restates_them_whatever_its_of_names(
        tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The nurses give 30 hours of ward time out of the 40 hours in "
                             "a week, or three-quarters of the rota; the rest is training.") \
        == ["30 hours is three-quarters of 40 hours"]


def test_a_fraction_after_so_many_of_them_is_of_the_count_before(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The helpline took 240 calls in the spring, 60 of them in April "
                             "alone - about one in four.") == ["60 is about one in four of 240"]


def test_a_slip_in_a_pair_the_fraction_restates_is_a_violation(tmp_path: Path) -> None:
    # 60 of 150 is two in five, not one in four
    assert _ratios(tmp_path, "The helpline took 150 calls in the spring, 60 of them in April "
                             "alone - about one in four.") == ["60 is about one in four of 150"]
    assert violations(tmp_path) == ["ratio"]


def test_of_that_takes_up_the_last_amount_the_sentence_before_states(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Annual milk output, now 2,000 tonnes, should reach 3,000 tonnes "
                             "by 2030. Of that future output, 600 tonnes - one in five - will "
                             "be sold abroad.") == ["600 tonnes is one in five of 3,000 tonnes"]


def test_a_fraction_with_its_portion_in_brackets_is_of_the_count_the_sentence_opens_with(
        tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Of 800 tenants who answered, 500 said repairs were quick; one "
                             "in eight (100) said they were slow.") == [
        "100 is one in eight of 800"]


def test_a_fraction_set_off_after_an_amount_is_of_the_things_it_names_said_before(
        tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The swimming club looks after 900 lockers at the pool. Fees rose "
                             "by 4.0 per cent this year. There are 450 names on the waiting "
                             "list, roughly one for every two lockers, and the list is "
                             "growing.") == ["450 is roughly one for every two of 900"]
    assert violations(tmp_path) == []
