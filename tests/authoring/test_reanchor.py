"""Re-anchoring after the source text is edited: found again in memory by every build,
recorded only by ``kg reanchor``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from rdflib import URIRef

from kg.authoring.reanchor import reanchor
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


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_text_inserted_before_a_quote_moves_its_anchor(make_doc) -> None:
    root = make_doc("t", text=TEXT, claims=CLAIMS)
    first, done = reanchor(root)
    assert start_of(first, "c") == TEXT.index("Costs") and not first.notes
    assert done == ["t: recorded where 2 quotes stand in anchors.lock.json"]
    inserted = "Preface: figures are in US dollars.\n"
    edit(root, inserted + TEXT)
    before = snapshot(root / "t")
    second = build_corpus(root)
    assert not second.problems
    assert start_of(second, "c") == len(inserted) + TEXT.index("Costs")
    assert second.notes == ["t: the source text changed since it was encoded: 2 quotes found "
                            "again (2 moved); kg reanchor t records the new checksum"]
    assert snapshot(root / "t") == before  # the build wrote nothing into the folder
    _, done = reanchor(root)
    assert done == ["t: re-anchored 2 quotes (2 moved); recorded the new checksum in "
                    "document.ttl", "t: recorded where 2 quotes stand in anchors.lock.json"]
    new_sha = hashlib.sha256((inserted + TEXT).encode()).hexdigest()
    assert new_sha in (root / "t" / "document.ttl").read_text()
    assert not build_corpus(root).notes  # settled: nothing changed since
    assert reanchor(root)[1] == []


def test_an_edited_quote_is_reported_with_the_closest_passage(make_doc) -> None:
    root = make_doc("t", text=TEXT, claims=CLAIMS)
    reanchor(root)
    edit(root, TEXT.replace("400 million", "450 million"))
    result = build_corpus(root)
    [problem] = result.problems
    assert problem.line == 11 and "the quote is no longer in the edited source" in problem.message
    assert "closest passage now: 'Costs were 450 million dollars.'" in problem.message
    assert problem.hint == "correct cg:quote to the new wording, or delete the claim"
    assert result.failed == ["t"]
    old_sha = hashlib.sha256(TEXT.encode()).hexdigest()
    assert old_sha in (root / "t" / "document.ttl").read_text()  # not recorded as settled
    assert reanchor(root)[1] == []  # nor by kg reanchor, while a quote is lost


def test_a_deleted_quote_is_reported(make_doc) -> None:
    root = make_doc("t", text=TEXT, claims=CLAIMS)
    reanchor(root)
    edit(root, "Sales were 910 million dollars.\n")
    [problem] = build_corpus(root).problems
    assert "<https://example.org/doc/t/c>: the quote is no longer in the edited source: " \
           "'Costs were 400 million dollars.'" in problem.message


def test_a_quote_that_the_edit_made_ambiguous_stays_where_it_was(make_doc) -> None:
    root = make_doc("t", text=TEXT, claims=CLAIMS)
    reanchor(root)
    edited = TEXT + "Footnote: Costs were 400 million dollars.\n"
    edit(root, edited)
    result = build_corpus(root)
    assert not result.problems
    assert start_of(result, "c") == TEXT.index("Costs")
    assert result.notes[0].endswith("2 quotes found again (0 moved); kg reanchor t records the "
                                    "new checksum")


def test_checking_an_edited_read_only_document_writes_nothing(make_doc, tmp_path) -> None:
    """Audit: kg check rewrote schema:sha256 in document.ttl, and on a read-only folder the
    same case was a PermissionError traceback."""
    import os
    import subprocess
    import sys
    root = make_doc("t", text=TEXT, claims=CLAIMS)
    reanchor(root)
    edit(root, "Preface.\n" + TEXT)
    before = snapshot(root / "t")
    for path in [root / "t", *(root / "t").iterdir()]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        proc = subprocess.run([sys.executable, "-m", "kg", "check", "--claims", str(root),
                               "--no-cache"], capture_output=True, text=True, cwd=tmp_path,
                              timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr
        assert "kg reanchor t records the new checksum" in proc.stderr
        assert snapshot(root / "t") == before
        if os.geteuid() != 0:  # root writes anywhere: the refusal is tested where it applies
            proc = subprocess.run([sys.executable, "-m", "kg", "reanchor", "--claims", str(root)],
                                  capture_output=True, text=True, cwd=tmp_path, timeout=120)
            assert proc.returncode == 2 and "cannot write" in proc.stderr
    finally:
        for path in [root / "t", *(root / "t").iterdir()]:
            path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_source_replaced_by_another_text_is_one_problem(make_doc) -> None:
    """Audit: a source that changed completely printed one line per lost quote (54)."""
    claims = "".join(f':c{i} a cg:Claim ; cg:quote "Line {i} says {i * 7} units." .\n'
                     for i in range(12))
    text = "".join(f"Line {i} says {i * 7} units.\n" for i in range(12))
    root = make_doc("t", text=text, claims=claims)
    reanchor(root)
    edit(root, "An altogether different text.\n")
    result = build_corpus(root)
    [problem] = result.problems
    assert problem.message == ("12 of 12 quotes are no longer in source.txt, which changed "
                               "since the document was encoded (the first: "
                               "<https://example.org/doc/t/c0>)")
    assert problem.hint.startswith("restore the text the claims were encoded from")


def test_an_empty_source_is_one_problem(make_doc) -> None:
    root = make_doc("t", text=TEXT, claims=CLAIMS)
    edit(root, "")
    [problem] = build_corpus(root).problems
    assert problem.message == "the source file source.txt is empty: none of the 2 quotes can " \
                              "be found in it"
