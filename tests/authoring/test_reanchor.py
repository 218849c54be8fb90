"""Re-anchoring after the source text is edited."""

from __future__ import annotations

import hashlib
from pathlib import Path

from rdflib import URIRef

from kg.build import build_corpus
from kg.namespaces import OA

TEXT = "Sales were 910 million dollars.\nCosts were 400 million dollars.\n"
CLAIMS = (':c a cg:Claim ; cg:quote "Costs were 400 million dollars." .\n'
          ':s a cg:Claim ; cg:quote "Sales were 910 million dollars." .\n')


def start_of(result, local: str) -> int:
    [doc] = result.documents
    return int(doc.graph.value(URIRef(f"https://example.org/doc/t/{local}/anchor/position"),
                               OA.start))


def edit(root: Path, new_text: str) -> None:
    (root / "t" / "source.txt").write_text(new_text, encoding="utf-8")


def test_text_inserted_before_a_quote_moves_its_anchor(make_doc) -> None:
    root = make_doc("t", text=TEXT, claims=CLAIMS)
    first = build_corpus(root)
    assert start_of(first, "c") == TEXT.index("Costs") and not first.notes
    inserted = "Preface: figures are in US dollars.\n"
    edit(root, inserted + TEXT)
    second = build_corpus(root)
    assert not second.problems
    assert start_of(second, "c") == len(inserted) + TEXT.index("Costs")
    assert second.notes == ["t: source text changed: re-anchored 2 quotes (2 moved); recorded "
                            "the new checksum in document.ttl"]
    new_sha = hashlib.sha256((inserted + TEXT).encode()).hexdigest()
    assert new_sha in (root / "t" / "document.ttl").read_text()
    assert not build_corpus(root).notes  # settled: nothing changed since


def test_an_edited_quote_is_reported_with_the_closest_passage(make_doc) -> None:
    root = make_doc("t", text=TEXT, claims=CLAIMS)
    build_corpus(root)
    edit(root, TEXT.replace("400 million", "450 million"))
    result = build_corpus(root)
    [problem] = result.problems
    assert problem.line == 11 and "the quote is no longer in the edited source" in problem.message
    assert "closest passage now: 'Costs were 450 million dollars.'" in problem.message
    assert problem.hint == "correct cg:quote to the new wording, or delete the claim"
    assert result.failed == ["t"]
    old_sha = hashlib.sha256(TEXT.encode()).hexdigest()
    assert old_sha in (root / "t" / "document.ttl").read_text()  # not recorded as settled


def test_a_deleted_quote_is_reported(make_doc) -> None:
    root = make_doc("t", text=TEXT, claims=CLAIMS)
    build_corpus(root)
    edit(root, "Sales were 910 million dollars.\n")
    [problem] = build_corpus(root).problems
    assert "<https://example.org/doc/t/c>: the quote is no longer in the edited source: " \
           "'Costs were 400 million dollars.'" in problem.message


def test_a_quote_that_the_edit_made_ambiguous_stays_where_it_was(make_doc) -> None:
    root = make_doc("t", text=TEXT, claims=CLAIMS)
    build_corpus(root)
    edited = TEXT + "Footnote: Costs were 400 million dollars.\n"
    edit(root, edited)
    result = build_corpus(root)
    assert not result.problems
    assert start_of(result, "c") == TEXT.index("Costs")
    assert result.notes[0].endswith("re-anchored 2 quotes (0 moved); recorded the new checksum "
                                    "in document.ttl")
