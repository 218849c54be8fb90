"""kg read never writes a figure whose quote kg check cannot place inside its claim's
quote: such a figure is never drafted (so nothing names it), and the folder still checks."""

from __future__ import annotations

import re
from pathlib import Path

from kg.authoring.new import _claims_ttl
from kg.authoring.placing import Placing
from kg.build import build_document
from kg.corpus import read_document
from kg.read import read
from kg.read.tables import find_tables
from kg.read.turtle import TableWriter

#: "815" read out of "R4 815,3 million" in a text that writes decimal points: kg check's
#: anchoring never finds a number inside a longer one
ORCHARD = ("Orchard note\n\nTurnover reached R4 815,3 million in the season, against "
           "R3 960.2 million the season before.\n")


def _problems(folder: Path) -> list[str]:
    source = read_document(folder)
    build_document(source)
    return [str(p) for p in source.problems]


def test_a_figure_read_out_of_a_longer_number_is_not_written(tmp_path: Path) -> None:
    """The reading that takes "815" out of "4 815,3" loses that figure, rather than writing
    a folder kg check refuses; the figure beside it stays, and nothing names a figure the
    claims do not have."""
    source = tmp_path / "orchard.txt"
    source.write_text(ORCHARD, encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert 'cg:quote "815"' not in claims
    assert 'cg:quote "960.2 million"' in claims
    assert made.figures == len(re.findall(r" a cg:Figure ;", claims))
    written = set(re.findall(r"^:(f-[\w-]+) a cg:Figure", claims, re.M))
    for name in ("relations.ttl", "suggestions.ttl"):
        path = made.folder / name
        if path.is_file():
            assert set(re.findall(r":(f-[\w-]+)", path.read_text(encoding="utf-8"))) <= written
    assert _problems(made.folder) == []


def test_the_drafting_skips_a_figure_its_placing_cannot_place() -> None:
    """kg read drafts with the source's placing: the misread figure is never drafted and
    its number is skipped (the next figure keeps its own); kg new, drafting without one,
    still drafts it for a person to look at."""
    placed, (figures, *_rest) = _claims_ttl("doc", ORCHARD, placing=Placing(ORCHARD))
    assert 'cg:quote "815"' not in placed and ":f-1 a cg:Figure" not in placed
    assert re.search(r':f-2 a cg:Figure [^\n]*\n    cg:claim :c-1 ;\n    cg:quote "960.2 '
                     r'million"', placed)
    assert figures == 1
    drafted, _ = _claims_ttl("doc", ORCHARD)
    assert ':f-1 a cg:Figure ; cg:draft true ;   # read as 815' in drafted


def test_a_claim_said_twice_is_told_apart_as_it_is_drafted() -> None:
    """The second claim with a sentence the text says twice is its second occurrence,
    told apart by the words before it, and each places where it stands."""
    text = "Gate log\n\nThe gate opened.\n\nRain fell.\n\nThe gate opened.\n"
    p = Placing(text)
    first, second = p.claim("The gate opened."), p.claim("The gate opened.")
    assert second[0] == '    cg:quotePrefix "." ;\n'  # "Rain fell." ends in one
    assert first[1] == (10, 26) and second[1] == (40, 56)
    assert text[40:56] == "The gate opened."


def test_a_number_inside_a_longer_one_does_not_place() -> None:
    text = "Harbour note\n\nThe crane lifted 4.5 tonnes of timber on Monday.\n"
    p = Placing(text)
    sentence = "The crane lifted 4.5 tonnes of timber on Monday."
    _, span = p.claim(sentence)
    assert p.figure(":c-1", sentence, span, "4.5 tonnes") == ("", True)
    assert p.figure(":c-1", sentence, span, "4") == ("", False)


def test_a_table_cell_that_does_not_place_reads_as_an_empty_cell() -> None:
    """A cell whose quote is not in its row's line (a misread) is no figure, and no
    relation the table implies names it: the total row no longer sums that column."""
    text = ("Lambs weaned by farm, 2025\n| Farm | Lambs |\n| Hill | 120 |\n| Vale | 80 |\n"
            "| All farms | 200 |\n")
    table = find_tables(text)[0]
    writer = TableWriter("doc", text, placing=Placing(text))
    table.rows[0].cells[0].text = "12"  # read out of "120": kg check would not place it
    writer.write(1, table)
    out = "\n".join(writer.out)
    assert ":f-t1-r1-c1 " not in out and ":f-t1-r2-c1 a cg:Figure" in out
    assert not any("f-t1-r1-c1" in r for r in writer.relations)
    whole = TableWriter("doc", text, placing=Placing(text))
    whole.write(1, find_tables(text)[0])
    assert any("SumRelation" in r and "f-t1-r1-c1" in r for r in whole.relations)
