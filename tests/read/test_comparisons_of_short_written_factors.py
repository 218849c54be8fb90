"""A factor written short ("below 3.0x") is a factor: a bound or covenant on it ("within
the target of below 3.0x") is read as one on "3.0 times", so it orders the factor it
bounds ("2.7 times"); as a multiple of an amount ("3.8x EBITDA") it stays a ratio as
finance writes it, which the multiples leave alone."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def relations(tmp_path: Path, text: str) -> list[str]:
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    path = made.folder / "relations.ttl"
    body = path.read_text(encoding="utf-8") if path.exists() else ""
    return [" ".join(b.split()) for b in body.split("\n\n") if re.search(r"a cg:\w+Relation", b)]


def labels(found: list[str], kind: str) -> list[str]:
    return [re.search(r'rdfs:label "([^"]*)"', b).group(1) for b in found
            if f"a cg:{kind} " in b]


def test_a_factor_written_short_is_bounded_like_one_written_out(tmp_path: Path) -> None:
    """"within the lender's covenant of below 2.5x" bounds "1.9 times"; "$1.64 billion, or
    3.8x adjusted EBITDA of $431.6 million" is a ratio as finance writes it, which the
    multiples leave alone (as they did when "3.8x" read as a plain ratio)."""
    found = relations(tmp_path, "Lender update\n\nGearing stood at 1.9 times, comfortably "
                                "within the lender's covenant of below 2.5x. Net debt was "
                                "$1.64 billion, or 3.8x adjusted EBITDA of $431.6 million.\n")
    assert labels(found, "ComparisonRelation") == ["below 2.5x > 1.9 times"]
    assert labels(found, "MultipleRelation") == []
