"""An amount the words put on top of a stock ("another 250 benches", "a further 40 beds",
"60 new hydrants") and the level the stock comes to after it: the stock as it stood (said
in the same sentence, "lifting the network from 640 to 700", or in an earlier one that the
words after the verb or what the amount counts name: "which would take the fleet to
1,450") and the amount added make that level. Never a gap ("40 more than planned"), never
a stock the words do not name. Likewise what a share restates as an amount and the rest it
leaves ("60% of the planting, some 3,000 trees, leaving 2,000") make the whole."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def _labels(tmp_path: Path, text: str) -> list[str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "parks.txt").write_text("Ellwick parks review 2025\n\n" + text + "\n",
                                        encoding="utf-8")
    made = read(tmp_path / "parks.txt", tmp_path / "c")
    path = made.folder / "relations.ttl"  # (written only where a relation is read)
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(r'a cg:SumRelation ;.*?rdfs:label "([^"]+)"', relations, re.S)


def test_new_things_lifting_a_stock_from_one_level_to_another_add_to_it(
        tmp_path: Path) -> None:
    """"The parks team will install 60 new hydrants, lifting the network from 640 to 700":
    "new" puts the 60 on top of the 640, whatever the verb; "40 more than planned" is a gap,
    not an amount put on top."""
    assert _labels(tmp_path / "new", "The parks team will install 60 new hydrants, lifting "
                                     "the network from 640 to 700.") == ["640 + 60 = 700"]
    assert _labels(tmp_path / "gap", "The index rose by 40 more than planned, taking it "
                                     "from 640 to 700.") == []
    # a verb that adds says which of two amounts put on top the stock gains: the seats
    # added, not the new trams that bring them
    assert _labels(tmp_path / "verb", "The first of 12 new trams enters service in May; when "
                                      "all run they will add 2,400 seats, taking capacity "
                                      "from 30,000 to 32,400 seats.") == [
        "30,000 + 2,400 = 32,400"]


def test_another_amount_taking_a_stock_an_earlier_sentence_states_to_a_level(
        tmp_path: Path) -> None:
    """"The fleet grew from 900 mowers to 1,200 mowers. … another 250 mowers, which would
    take the fleet to 1,450": the stock is the earlier level of what the amount counts;
    lawns cut are no fleet of mowers."""
    assert _labels(tmp_path / "none", "Crews cut 41,000 lawns. The council has ordered "
                                      "another 250 mowers, which would take the fleet to "
                                      "1,450.") == []
    assert _labels(tmp_path / "fleet", "The fleet grew from 900 mowers to 1,200 mowers last "
                                       "year. Crews cut 41,000 lawns. The council has "
                                       "ordered another 250 mowers, which would take the "
                                       "fleet to 1,450.") == ["1,200 + 250 = 1,450"]


def test_a_share_restated_as_an_amount_and_the_rest_it_leaves_make_the_whole(
        tmp_path: Path) -> None:
    """"Oaks made up 60% of the planting, some 3,000 trees, leaving 2,000 trees of other
    species": the amount the share restates and the rest it leaves add up to the whole the
    share's words name, stated a few sentences before."""
    assert _labels(tmp_path, "Volunteers planted 5,000 trees across the borough in 2025. "
                             "Each tree cost £14 to plant. Oaks made up 60% of the planting, "
                             "some 3,000 trees, leaving 2,000 trees of other species.") == [
        "some 3,000 + 2,000 = 5,000"]
