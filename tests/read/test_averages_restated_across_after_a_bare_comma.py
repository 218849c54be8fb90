"""kg read: "Each depot costs about £240,000 a year to run, £960,000 across the four" - the
total the average is restated as may be set off by a bare comma (not only ", or") where
"across", "over" or "among" names the things it is spread over right after it; a bare
comma before "for" is left alone (a list of prices)."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Depot network note, 2025", text, "AverageRelation")


def test_a_total_across_the_things_after_a_bare_comma(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The council will keep depots in four villages. Each depot "
                               "costs about £240,000 a year to run, £960,000 across the "
                               "four.") == ["£960,000 ÷ four = about £240,000 each"]
    # (a bare comma before "for" sets no total off: a list of prices)
    assert _averages(tmp_path / "for", "Each depot costs about £240,000 a year to run, £960,000 "
                                       "for the four.") == []



def test_the_bare_number_takes_up_the_things_counted_before(tmp_path: Path) -> None:
    # "across the four" names no noun: the four are the villages' depots the sentence before
    # counts, and that figure is the count (the later "four" only points back to it)
    from kg.read import read
    from tests.read import figure_quotes, relation_blocks

    (tmp_path / "note.txt").write_text(
        "Depot network note, 2025\n\nThe council will keep depots in four villages. Each depot "
        "costs about £240,000 a year to run, £960,000 across the four.\n", encoding="utf-8")
    folder = read(tmp_path / "note.txt", tmp_path / "c").folder
    fours = sorted((local for local, quote in figure_quotes(folder).items() if quote == "four"),
                   key=lambda local: int(local.split("-")[1]))
    [block] = relation_blocks(folder, "AverageRelation")
    assert len(fours) == 2 and f"cg:count :{fours[0]}" in block
