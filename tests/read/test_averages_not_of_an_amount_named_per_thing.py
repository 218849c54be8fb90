"""kg read: an amount the words of its own clause name per thing ("Dividend per unit for the
year was $1.42") is itself an average, not a total that "of $5 each" spreads over a count;
and a crown rate written "at kr 9,80 to the euro" converts the text's crowns into euros, not
the other way."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_an_amount_named_per_thing_is_no_total_to_spread(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Trust report",
                           "Distribution per unit for the year was $1.42 against $1.30, on "
                           "80.0 million units of $5 each.", "AverageRelation") == []


def test_a_total_beside_its_count_is_still_spread(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Ferry report",
                           "The operator bought 4 ferries for $36 million, at $9 million "
                           "each.", "AverageRelation") != []


def test_a_rate_in_the_text_s_crowns_converts_them(tmp_path: Path) -> None:
    from kg.read import read
    source = tmp_path / "fees.txt"
    source.write_text("Kayak club | Norsk | English\n\nA season card costs kr 980 (about €100 at "
                      "kr 9,80 to the euro).\n\nContact: post@kajakk.example.no\n",
                      encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    import re
    ids = {q: i for i, q in re.findall(r'^:(f-\d+) a cg:Figure ;[^\n]*\n    cg:claim [^\n]*\n'
                                       r'    cg:quote "([^"]*)"', claims, re.M)}
    assert f"cg:amount :{ids['kr 980']} ; cg:convertedAmount :{ids['about €100']}" in relations \
        or f"cg:amount :{ids['kr 980']} ; cg:convertedAmount :{ids['€100']}" in relations
