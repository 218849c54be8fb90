"""A figure the text gives again and refers back to ("of the 3,150 households") is a
restatement of the figure given before; a number given afresh, or one a sentence gives to
two things, restates nothing."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def restated(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """The (first, restated) quotes of each restatement kg read checks."""
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    quote = dict(re.findall(r'^:(f-[\w-]+) a cg:Figure ;[^\n]*\n    cg:claim :[\w-]+ ;\n'
                            r'    cg:quote "([^"]*)"', claims, re.M))
    path = made.folder / "relations.ttl"
    checked = path.read_text(encoding="utf-8") if path.exists() else ""
    return {(quote[a], quote[b]) for a, b in re.findall(
        r"cg:first :([\w-]+) ; cg:restatedAs :([\w-]+)", checked)}


def test_a_figure_the_words_refer_back_to_restates_the_one_given_before(
        tmp_path: Path) -> None:
    text = ("Heating survey, winter 2025\n\n"
            "The survey reached 3,150 households in the valley. "
            "Some 40 staff ran it over nine weeks.\n\n"
            "Of the 3,150 households, 1,020 heat with wood. "
            "Grants paid out came to €84,300 in total.\n\n"
            "The council will top up all €84,300 next spring.\n")
    assert restated(tmp_path, text) == {("3,150", "3,150"), ("€84,300", "€84,300")}


def test_a_number_given_afresh_or_to_two_things_restates_nothing(tmp_path: Path) -> None:
    text = ("Seed trial\n\n"
            "We sowed 250 plots with the new wheat and 250 with the old one.\n\n"
            "Rust appeared on 31 of the 250 plots sown with the new wheat. "
            "Each plot gave 12 kg of grain. A further 12 kg was kept as seed.\n\n"
            "The harvest came to 9 tonnes. It was the first time the farm passed the "
            "9 tonnes mark.\n\n"
            "Seed costs rose to €6,400. The co-op paid those €6,400 up front.\n")
    # "31 of the 250": which 250 the first sentence does not say; "the 9 tonnes mark" is a
    # line crossed; "12 kg" is given afresh; "those €6,400" is the €6,400 given before
    assert restated(tmp_path, text) == {("€6,400", "€6,400")}
