"""A conversion "at R19.57 to the euro", the sign of the currency counted one no word names
(the rand's "R"): the euro is the currency counted per, so the amount is the rands and the
euros what they come to, whichever of the two the sentence says first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read

HEAD = """KAROO FRUIT CO-OPERATIVE LIMITED - RESULTS FOR THE YEAR ENDED 30 JUNE 2025

Paarl, South Africa, Friday 5 September 2025

Revenue rose 6.2% to R1 540.0 million. """


@pytest.mark.parametrize("sentence,amount", [
    ("Of fruit sales, 61.0% were exported; those exports earned R920.0 million, equivalent to "
     "about EUR47.0 million at the average rate of R19.57 to the euro.", "R920.0 million"),
    ("The new packhouse loan is worth EUR12.0 million, equivalent to about R234.8 million at "
     "R19.57 to the euro.", "about R234.8 million"),
])
def test_the_amount_is_in_the_currency_the_rate_counts(tmp_path: Path, sentence: str,
                                                       amount: str) -> None:
    source = tmp_path / "karoo.txt"
    source.write_text(HEAD + sentence + "\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    quotes = dict(re.findall(r"^:([\w-]+) a cg:Figure ;[^\n]*\n    cg:claim :[\w-]+ ;\n"
                             r"    cg:quote \"([^\"]+)\"", claims, re.M))
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    found = re.search(r"a cg:ConversionRelation ;.*?cg:amount :([\w-]+) ;", relations, re.S)
    assert found is not None and quotes[found.group(1)] == amount
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]
