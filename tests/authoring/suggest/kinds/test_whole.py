"""Shares of one whole read from the words that close the list ("the remaining", "all
other", "came … from", "divided"), never from lists the words leave open, shares of
overlapping groups, changes or rates."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.authoring.suggest.test_kinds import suggested

READ = {
    "all other … the remaining": (
        "Coal supplied 41.3 percent of the grid's power, gas 27.9 percent, wind 18.6 percent "
        "and all other sources the remaining 12.2 percent.",
        ("41.3 percent", "27.9 percent", "18.6 percent", "12.2 percent")),
    "came … from … from other": (
        "Visitors came 44 percent from Germany, 31 percent from the Netherlands and 25 percent "
        "from other countries.",
        ("44 percent", "31 percent", "25 percent")),
    "divided as follows": (
        "The council's budget is divided as follows: roads 38%, schools 33%, parks 17% and "
        "administration 12%.",
        ("38%", "33%", "17%", "12%")),
    "per mille, the rest": (
        "Of the district's land, farms cover 612 per mille, forest 301 per mille and the rest "
        "87 per mille.",
        ("612 per mille", "301 per mille", "87 per mille")),
    "the other": (
        "Men hold 58 percent of the seats on the board, women the other 42 percent.",
        ("58 percent", "42 percent")),
    "a total's parts after a colon, each with its share": (
        "The fleet has 412 vehicles: 230 buses (55.8%), 150 trams (36.4%) and 32 ferries "
        "(7.8%).",
        ("55.8%", "36.4%", "7.8%")),
    "amounts with their shares, the remaining": (
        "Of 1,200 staff, 700 (58.3%) work in sales, 300 (25%) in support and the remaining "
        "200 (16.7%) in administration.",
        ("58.3%", "25%", "16.7%")),
    "the rest in the next sentence": (
        "Cars carried 61.5 percent of commuters and buses 22.3 percent. Cyclists and walkers "
        "made up the remaining 16.2 percent.",
        ("61.5 percent", "22.3 percent", "16.2 percent")),
    "bullets, one share each": (
        "Routes by mode:\n- Rail: 48.5%.\n- Road: 39.0%.\n- Water and air: the remaining 12.5%.",
        ("48.5%", "39.0%", "12.5%")),
    "one year's list, not the other year's": (
        "Renters were 34% of households in 2010 and 39% in 2020; the remaining 61% owned their "
        "home.",
        ("39%", "61%")),
}

NOT_READ = {
    "overlapping groups": "Among the 900 members polled, 64% of drivers and 71% of cyclists "
                          "backed the plan, and the rest opposed it.",
    "changes, whatever the rest": "Prices rose 3.1% in the north, 2.4% in the south and 1.8% "
                                  "in the rest of the country.",
    "rates on the rest": "Income is taxed at 10% up to £20,000, 25% above that and 40% on "
                         "the rest.",
    "rates by region, the rest of the country": "Unemployment was 5.2% in the north, 4.1% in "
                                                "the south and 3.8% in the rest of the "
                                                "country.",
    "a list the words leave open": "Germany took 31 percent of the market, France 22 percent "
                                   "and Italy 17 percent.",
    "'other' as one category, a sentence later": "Grants were 40 percent of income and "
                                                 "donations 35 percent. Other income made up "
                                                 "12 percent.",
    "the rest of an amount, not of the list before": (
        "Mali took 31.0 percent of spending. The four programmes together accounted for "
        "CHF 8.2 million; support costs made up the other 21.5 percent."),
    "a rest the list's shares do not have": "41% of respondents said yes, 52% said no and "
                                            "the rest were undecided.",
}


def wholes(tmp_path: Path, text: str) -> list[tuple[str, ...]]:
    return [roles["part"] for kind, roles, _ in suggested(tmp_path, text)
            if kind == "WholeRelation"]


@pytest.mark.parametrize("name", READ)
def test_lists_that_exhaust_a_whole_are_read(tmp_path: Path, name: str) -> None:
    text, parts = READ[name]
    assert wholes(tmp_path, text) == [parts]


@pytest.mark.parametrize("name", NOT_READ)
def test_lists_the_words_do_not_close_are_not(tmp_path: Path, name: str) -> None:
    assert wholes(tmp_path, NOT_READ[name]) == []
