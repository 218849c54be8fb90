"""kg read: an average the words give as what each thing paid ("riders paid an average of
£4.10 per ride") is of the money the document says was taken in (its revenue, income,
takings or fares); and an average in another unit of its total's dimension ("38,400 tonnes
… 612 kg per household", "3.2 tonnes in all, or 2.5 kg per item") averages that total, as
the check compares the two by QUDT's multipliers."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Annual note, 2025", text, "AverageRelation")


def test_what_each_paid_is_of_the_income_taken(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The ferry carried 920,000 passengers in 2025. Fare income "
                               "came to £3.8 million. Passengers paid an average of £4.13 "
                               "per passenger, held down by season tickets.") == [
        "£3.8 million ÷ 920,000 = £4.13 each"]
    # what the members of a club that was paid (its subscriptions) is no "paid" average
    assert _averages(tmp_path / "paying", "Fare income came to £3.8 million. We have 920 "
                                          "paying members, and their dues averaged £41.30 "
                                          "each.") == []


def test_what_customers_paid_each_is_of_the_revenue(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Revenue rose 9% to €72.4 million. The firm ended the year "
                               "with 1,810 clients, who paid on average €40,000 each.") == [
        "€72.4 million ÷ 1,810 = €40,000 each"]


def test_a_total_in_tonnes_is_averaged_per_household_in_kilograms(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Crews collected 38,400 tonnes of recycling in 2025. With "
                               "62,750 households in the district, that is an average of "
                               "612 kg per household.") == [
        "38,400 tonnes ÷ 62,750 = 612 kg each"]


def test_an_amount_in_all_then_per_thing_in_a_smaller_unit(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Volunteers repaired 1,280 items this year: 3.2 tonnes "
                               "in all, or 2.5 kg per item, kept out of landfill.") == [
        "3.2 tonnes ÷ 1,280 = 2.5 kg each"]
    # a conversion beside a total in the average's own unit is no total: the miles restate
    # the kilometres, and the total averaged is the kilometres
    assert _averages(tmp_path / "converted", "The club has 240 members. - 1.92 million km "
                                             "cycled by members in 2025, about 1.19 million "
                                             "miles, or nearly 8,000 km per member") == [
        "1.92 million km ÷ 240 = nearly 8,000 km each"]


def test_that_points_back_to_the_total_of_the_levels_before(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Adding imports of 2.4 TWh to local output gives total use of "
                               "41.6 TWh. With a population of 7.9 million, that is 5,270 kWh "
                               "per head.") == ["41.6 TWh ÷ 7.9 million = 5,270 kWh each"]
