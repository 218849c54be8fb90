"""Parts a later sentence lists by what each brings in ("Kent contributed £5.1 million,
Essex £3.2 million and Surrey £1.7 million") add up to the total an earlier sentence
states; not where the sentence next to the list states another part it may go on with."""

from __future__ import annotations

import re
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read


def _labels(tmp_path: Path, text: str, kinds: tuple[str, ...] = ("SumRelation",)
            ) -> list[str]:
    (tmp_path / "bakery.txt").write_text("Loafwell Bakeries annual review 2024\n\n" + text +
                                         "\n", encoding="utf-8")
    made = read(tmp_path / "bakery.txt", tmp_path / "c")
    path = made.folder / "relations.ttl"  # (written only where a relation is read)
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(rf'a cg:(?:{"|".join(kinds)}) ;.*?rdfs:label "([^"]+)"', relations,
                      re.S)


def test_parts_each_sentence_says_it_contributed_add_up_to_the_earlier_total(
        tmp_path: Path) -> None:
    assert _labels(tmp_path, "Sales across the bakery chain came to £10.0 million in 2024. "
                             "The shops in Kent contributed £5.1 million, those in Essex "
                             "£3.2 million and the Surrey shops £2.7 million.") == [
        "£5.1 million + £3.2 million + £2.7 million = £10.0 million"]
    # 5.1 + 3.2 + 2.7 make 11.0, not 10.0: a slip the sum now finds
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"] == ["sum"]
    # the bread sentence states the first part: the three after it are not all of the total
    (tmp_path / "other").mkdir()
    assert _labels(tmp_path / "other", "Sales came to £12.0 million in 2024. Bread brought "
                                       "in £4.0 million. Cakes contributed £3.5 million, "
                                       "pastries £2.5 million and coffee £2.0 million.") == []


def test_parts_a_list_sets_out_after_the_largest_add_up_to_the_earlier_total(
        tmp_path: Path) -> None:
    # the words still rank the largest above the one that follows it
    assert sorted(_labels(tmp_path, "The charity raised $6.0 million last year. Most came "
                                    "from individual donors. Legacies were the largest "
                                    "source, at $2.9 million, followed by grants at "
                                    "$1.9 million and events at $1.2 million.",
                          ("SumRelation", "ComparisonRelation"))) == [
        "$2.9 million + $1.9 million + $1.2 million = $6.0 million",
        "$2.9 million > $1.9 million"]
