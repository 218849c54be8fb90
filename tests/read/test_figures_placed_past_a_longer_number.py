"""A figure whose digits a longer number earlier in its sentence also holds ("4" after
"8.4%" and "143", "7" after "June 17", "£1,524" after "£1,524.40") stands where kg check
places it, on its own: the relations its words state are read, and the ones nearby that
the figure's absence let through are not."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_second_count_of_its_whole_after_a_percent_holding_its_digit(tmp_path: Path) -> None:
    text = ("Refunds were asked for by 12 of 143 members in the north (8.4%) and 4 of 148 "
            "members in the south (2.7%).")
    assert relation_labels(tmp_path, "Survey", text, "ShareRelation") == [
        "12 is 8.4% of 143", "4 is 2.7% of 148"]


def test_a_saving_after_the_average_is_no_total_it_spreads(tmp_path: Path) -> None:
    text = ("Refunds were asked for by 12 of 143 members in the north (8.4%) and 4 of 148 "
            "members in the south (2.7%). The mean cost per member was $890 in the north and "
            "$1,420 in the south, a saving of $530, or 37.3%.")
    assert "4 is 2.7% of 148" in relation_labels(tmp_path / "s", "Survey", text,
                                                 "ShareRelation")
    assert relation_labels(tmp_path / "a", "Survey", text, "AverageRelation") == []


def test_the_level_a_change_counts_as_its_baseline_does(tmp_path: Path) -> None:
    # (the "7" is not the one of "June 17"; of the counts before "up from 7 medals", the
    # medals are the level, not the bronze ones of the breakdown)
    text = ("The club won 11 medals at the regatta on June 17: 4 gold, 3 silver and 4 bronze, "
            "up from 7 medals last year (a 57.1% improvement).")
    assert relation_labels(tmp_path, "Club news", text, "PercentChangeRelation") == [
        "7 to 11: improvement 57.1%"]


def test_a_figure_named_again_after_the_is_no_second_level(tmp_path: Path) -> None:
    # "the £1,524 figure quoted above" names the first sentence's figure again: the amount
    # "that is … a month" spreads is still the one level the sentence before reached
    text = ("The typical bill comes down to £1,524 a year. Tax adds £72.57 and takes the bill "
            "to £1,524.40 - the £1,524 figure quoted above, once the pence are dropped. Spread "
            "over twelve equal monthly payments, that is £127.03 a month.")
    assert relation_labels(tmp_path / "a", "Bills", text, "AverageRelation") == [
        "£1,524.40 ÷ twelve = £127.03 each"]
    assert relation_labels(tmp_path / "r", "Bills", text, "RestatementRelation") == [
        "£1,524, then the £1,524 taken up again"]
