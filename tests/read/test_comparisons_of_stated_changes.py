"""kg read: "X, down from Y" orders two figures, unless the words also state the change
between them ("a saving of 12%" in its clause, "That 52 is a fall of 8.1%" in the sentence
after): that change is the relation the text states, and an ordering beside it would only
repeat it. Nor do two counts of different things ("3,200 species raised from 9,800 seed
lots") make one quantity's "from": no order is read of them."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def _comparisons(tmp_path: Path, text: str) -> list[str]:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "note.txt").write_text("Harbour club newsletter 2025\n\n" + text + "\n",
                                       encoding="utf-8")
    made = read(tmp_path / "note.txt", tmp_path / "c")
    path = made.folder / "relations.ttl"
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(r'a cg:ComparisonRelation ;.*?rdfs:label "([^"]+)"', relations, re.S)


def test_a_saving_named_after_a_down_from_pair_leaves_no_comparison(tmp_path: Path) -> None:
    assert _comparisons(tmp_path, "Spending on heating oil fell to £18.4 million from £27.9 "
                                  "million, a saving of 34.1%, after the boilers were "
                                  "replaced.") == []


def test_a_slide_named_after_a_down_from_pair_leaves_no_comparison(tmp_path: Path) -> None:
    assert _comparisons(tmp_path, "Ticket income fell to £5.6 million from £6.5 million, a "
                                  "slide of 13.8%, as the old stand closed.") == []


def test_the_sentence_after_stating_the_fall_leaves_no_comparison(tmp_path: Path) -> None:
    assert _comparisons(tmp_path, "The club counted 588 members in March, down from 640 a "
                                  "year before. That 52 is a fall of 8.1 per cent, the "
                                  "largest since the club began.") == []
    # with no change said after it, the pair stays ordered
    assert _comparisons(tmp_path / "x", "The club counted 588 members in March, down from 640 "
                                        "a year before. Moorings were let to 212 boats.") == [
        "640 > 588"]
    # nor does a sentence on another time that opens on "This"
    assert _comparisons(tmp_path / "y", "The club counted 588 members in March, down from 640 "
                                        "a year before. This year the club expects growth of "
                                        "5%.") == ["640 > 588"]


def test_counts_of_two_different_things_are_not_ordered(tmp_path: Path) -> None:
    assert _comparisons(tmp_path, "The seed vault now keeps 3,200 species, raised from 9,800 "
                                  "seed lots gathered since 1990.") == []
    # counts of the same thing stay ordered
    assert _comparisons(tmp_path / "x", "The vault now keeps 3,200 species, up from 2,900 "
                                        "species in 2020.") == ["3,200 > 2,900"]
    # a word that qualifies the same noun makes no other thing
    assert _comparisons(tmp_path / "y", "The vault now keeps 3,200 rare species, up from 2,900 "
                                        "species in 2020.") == ["3,200 > 2,900"]


def test_an_annual_rate_said_after_an_up_from_pair_leaves_no_comparison(
        tmp_path: Path) -> None:
    # the pace of the move states the change (a compound growth), not a bare order
    assert _comparisons(tmp_path, "The mooring register held 2,050 names, up from 1,200, an "
                                  "average annual rate of 5.5% since the merger.") == []
