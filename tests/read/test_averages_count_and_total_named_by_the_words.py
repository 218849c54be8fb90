"""kg read: an average is drawn only over figures the words name as its count and total. "per
litre" is over litres, never over a number of another thing the litres' sentence gives
("(48 grades)"); "That is a loss of £4 per booking" averages the amount named a loss, never
another level the sentence before states beside it; and a total the average's clause names
only by the things counted ("voucher families took home $410,000") is theirs by the way, not
what they spent."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_per_litre_is_no_average_over_a_number_of_grades(tmp_path: Path) -> None:
    labels = relation_labels(tmp_path, "Cider press 2025", "Volumes are given in litres of "
                             "juice pressed at a fixed strength (48 grades).\n\nSales came to "
                             "$3.1 million, an average of $2.40 per litre.", "AverageRelation")
    assert not any("48" in label for label in labels)


def test_that_is_a_loss_names_the_amount_it_averages(tmp_path: Path) -> None:
    labels = relation_labels(tmp_path, "Village hall 2025", "Groups made 2,400 bookings "
                             "at the hall in 2025.\n\nUpkeep, heating and cleaning came to "
                             "£64,000, so the parish covered a deficit of £9,600, up from "
                             "£8,100 the year before. That is a loss of about £4 for each "
                             "booking.", "AverageRelation")
    assert not any("£64,000" in label for label in labels)


def test_a_total_named_only_by_the_things_counted_is_not_averaged(tmp_path: Path) -> None:
    labels = relation_labels(tmp_path, "Bread vouchers 2025", "Shoppers using the voucher "
                             "scheme spent $312,000 at the town's bakeries this year.\n\nThe "
                             "scheme paid out $98,000 in top-ups, meaning voucher families "
                             "took home $410,000 of bread and cakes.\n\nSome 2,600 families "
                             "used their cards at least once, spending an average of $120 each "
                             "over the year, said a spokesperson.", "AverageRelation")
    assert not any("$410,000" in label for label in labels)
