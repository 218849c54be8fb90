"""kg read: a fraction whose portion the words set apart from it. "125 of them, or about five
in six" takes up the one count the sentence before gives; "One in four boardings (25.2 per
cent) were …, equivalent to 40,100 boardings" relates the amount set off at its clause's end
to the count of the things the fraction names, said before; "a third of all tickets" takes
the amount that counts tickets, never a nearer count of other things."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _ratios(tmp_path: Path, text: str) -> list[str]:
    """The labels of the ratios read, none where no relation is read at all."""
    return relation_labels(tmp_path, "Parish note, 2025", text, "RatioRelation")


def test_of_them_takes_up_the_one_count_the_sentence_before_gives(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Surveyors listed 150 farms inside the flood zone. The new "
                             "barrier will shield 125 of them, or about five in six.") == [
        "125 is about five in six of 150"]
    # two counts of the unit in the sentence before: which "them" is, the words leave open
    (tmp_path / "two").mkdir()
    assert _ratios(tmp_path / "two", "Surveyors listed 150 farms and 40 mills inside the "
                                     "flood zone. The new barrier will shield 125 of them, "
                                     "or about five in six.") == []


def test_a_fraction_with_its_percent_takes_the_amount_its_clause_sets_off(
        tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The depot logged 159,000 boardings in the year. Roughly one "
                             "in four boardings (25.2 per cent) were made with a child "
                             "fare, equivalent to 40,100 boardings.") == [
        "40,100 is Roughly one in four of 159,000"]
    # a compound's things are named by its first part too ("bed-nights" by "bed")
    (tmp_path / "compound").mkdir()
    assert _ratios(tmp_path / "compound", "The hostels sold 48,000 bed-nights in the year. "
                                          "About one in six bed-nights (16.4 per cent) went "
                                          "to school groups, some 7,900 in all.") == [
        "some 7,900 is About one in six of 48,000"]
    # things no count before names ("tickets"): no whole
    (tmp_path / "unnamed").mkdir()
    assert _ratios(tmp_path / "unnamed", "The depot logged 159,000 boardings in the year. "
                                         "Roughly one in four tickets (25.2 per cent) were "
                                         "sold online, equivalent to 40,100 tickets.") == []


def test_a_fraction_of_named_things_takes_the_amount_counting_them(tmp_path: Path) -> None:
    """"100,000 tickets over 80 concerts, roughly a third of all tickets": the portion is
    the amount that counts tickets, never the nearer count of concerts; where no count of
    tickets is said before (only one of the halls), nothing is read."""
    assert _ratios(tmp_path, "The town's halls sold 300,000 tickets in the season. The "
                             "Grand sold 100,000 tickets over 80 concerts, roughly a third "
                             "of all tickets sold in the town.") == [
        "100,000 is roughly a third of 300,000"]
    (tmp_path / "unnamed").mkdir()
    assert _ratios(tmp_path / "unnamed", "Ticket sales across the town's five halls reached "
                                         "300,000 in the season. The Grand sold 100,000 "
                                         "tickets over 80 concerts, roughly a third of all "
                                         "tickets sold in the town.") == []


def test_so_many_of_every_hundred_euros_take_the_amount_set_off_over_the_spending_before(
        tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The trust spent €5.00 million in 2025, 4% more than in 2024. "
                             "About 70 out of every 100 euros went to the clinics - €3.50 "
                             "million in all - and the rest to running costs.") == [
        "€3.50 million is About 70 out of every 100 of €5.00 million"]
    # two amounts of spending before: which one the euros are of, the words leave open
    (tmp_path / "two").mkdir()
    assert _ratios(tmp_path / "two", "The trust spent €5.00 million in 2025 and raised €5.40 "
                                     "million. About 70 out of every 100 euros went to the "
                                     "clinics - €3.50 million in all.") == []
