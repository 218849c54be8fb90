"""A claim's quote that opens a longer claim drafted before it ("| Total | 7.5 |" after
"| Total | 7.5 | 100 |" of an earlier table) is placed at its own occurrence, not inside
that claim: the figures read from it then stand where the text writes them."""

from __future__ import annotations

from kg.authoring.placing import Placing

TEXT = ("| Funder | NOK million | Share (%) |\n| State | 5.0 | 67 |\n| County | 2.5 | 33 |\n"
        "| Total | 7.5 | 100 |\n\nSpending\n\n| Item | NOK million |\n| Boats | 6.0 |\n"
        "| Fuel | 1.5 |\n| Total | 7.5 |\n")


def test_a_row_that_an_earlier_longer_row_opens_is_placed_at_its_own_line() -> None:
    p = Placing(TEXT)
    _, first = p.claim("| Total | 7.5 | 100 |")
    assert first is not None and TEXT[first[0]:first[1]] == "| Total | 7.5 | 100 |"
    told, second = p.claim("| Total | 7.5 |")
    assert second is not None and second[0] == TEXT.rindex("| Total | 7.5 |")
    assert told  # a selector tells it from the longer row's opening


def test_a_quote_met_twice_on_its_own_is_still_counted_in_order() -> None:
    text = "Sales rose.\n\nCosts fell.\n\nSales rose.\n"
    p = Placing(text)
    assert p.claim("Sales rose.")[1] == (0, 11)
    assert p.claim("Sales rose.")[1] == (text.rindex("Sales rose."), len(text) - 1)
