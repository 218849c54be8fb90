"""A month that comes round each year ("the regatta we hold every August", "each March the
club repaints") is no period: it neither dates the figures beside it nor makes a page about
the club a report on that month."""

from __future__ import annotations

from kg.read.periods import document_period, mentions


def test_a_month_after_every_or_each_is_no_period() -> None:
    assert [m.key for m in mentions("We hold a regatta every August and each March we "
                                    "repaint the boats.", "2027")] == []
    assert [m.key for m in mentions("The regatta drew 310 boats in August 2027.")] == ["2027-08"]


def test_a_page_s_recurring_month_is_not_its_period() -> None:
    text = ("Heron Sailing Club\n\nOur lake is the home of the regatta we hold every August "
            "for dinghies of all classes.\n\nClub in numbers\n")
    assert document_period(text, "2027-02-01") != "2027-08"
