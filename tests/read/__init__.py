"""Tests of kg read, and what several of them share."""

from __future__ import annotations

import re
from contextvars import ContextVar
from pathlib import Path


def relation_labels(tmp_path: Path, title: str, text: str, kind: str, *,
                    name: str = "note.txt") -> list[str]:
    """The labels of the ``kind`` relations (``"PercentChangeRelation"``) kg read writes
    for a short note: ``title``, a blank line, then ``text`` (saved as ``name``)."""
    return read_labels(tmp_path, name, f"{title}\n\n{text}\n", kind)


def read_labels(folder: Path, name: str, text: str, kind: str) -> list[str]:
    """The labels of the ``kind`` relations kg read writes for ``text`` saved as
    ``folder/name`` (``folder`` made where it is not yet; its claims under ``folder/c``),
    in the order written; none where kg read finds no relation at all."""
    from kg.read import read

    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    made = read(folder / name, folder / "c")
    # (a note kg read finds no relation in gets no relations file)
    path = made.folder / "relations.ttl"
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(rf'a cg:{kind} ;.*\n.*\n\s+rdfs:label "([^"]+)"', relations)


def sum_labels(tmp_path: Path, name: str, text: str) -> list[str]:
    """The labels of the sums kg read writes for ``text`` saved as ``tmp_path/name`` (its
    document folder under ``tmp_path/c``), in the order written."""
    from kg.read import read

    (tmp_path / name).write_text(text, encoding="utf-8")
    made = read(tmp_path / name, tmp_path / "c")
    path = made.folder / "relations.ttl"
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(r'a cg:SumRelation ;.*?rdfs:label "([^"]+)"', relations, re.S)


def comparison_cells(folder: Path, text: str) -> list[tuple[str, str]]:
    """(greater, lesser) figure ids of each comparison kg read writes for ``text`` saved as
    ``folder/note.md`` (``folder`` made where it is not yet), in the order written."""
    from kg.read import read

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "note.md").write_text(text, encoding="utf-8")
    made = read(folder / "note.md", folder / "c")
    path = made.folder / "relations.ttl"
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(r"a cg:ComparisonRelation ;(?:(?! \.\n).)*?cg:greater :([\w-]+) ; "
                      r"cg:lesser :([\w-]+)", relations, re.S)


def relation_blocks(folder: Path, kind: str) -> list[str]:
    """The ``kind`` relations (``"ComparisonRelation"``) kg read wrote into the document
    ``folder``, checked or proposed, each as one line of Turtle."""
    blocks = []
    for name in ("relations.ttl", "suggestions.ttl"):
        path = folder / name
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        blocks += [b for b in (" ".join(b.split()) for b in text.split("\n\n"))
                   if f"a cg:{kind} ;" in b]
    return blocks


def restatement_blocks(folder: Path, name: str, text: str) -> list[str]:
    """The restatements kg read writes for ``text`` saved as ``folder/name`` (its claims
    under ``folder/c``), checked or proposed, each as one line of Turtle."""
    read_labels(folder, name, text, "RestatementRelation")
    return relation_blocks(folder / "c" / Path(name).stem, "RestatementRelation")


def period_keys(convention: ContextVar[bool], on: bool, text: str, year: str) -> list[str]:
    """The keys of the periods kg.read.periods reads in ``text`` (of a document of
    ``year``) with a document-wide ``convention`` (``CALENDAR_FISCAL``,
    ``FISCAL_BY_START``) set to ``on``."""
    from kg.read.periods import mentions

    token = convention.set(on)
    try:
        return [m.key for m in mentions(text, year) if m.key]
    finally:
        convention.reset(token)


def share_columns(tmp_path: Path, name: str, text: str) -> set[tuple[str, str]]:
    """(portion column, whole column) of each share kg read ties between two cells of a
    table in ``text`` saved as ``tmp_path/name``: ``{("c1", "c1")}`` when every share is of
    the total in its own row's column."""
    read_labels(tmp_path, name, text, "ShareRelation")
    (folder,) = [p for p in (tmp_path / "c").iterdir() if p.is_dir()]
    found = set()
    for block in relation_blocks(folder, "ShareRelation"):
        portion = re.search(r"cg:portion :f-t\d+-r\d+-(c\d+)", block)
        whole = re.search(r"cg:whole :f-t\d+-r\d+-(c\d+)", block)
        if portion and whole:
            found.add((portion.group(1), whole.group(1)))
    return found


def cell_ties(tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    """Each restatement kg read writes between a table cell and a sentence figure for
    ``text`` saved as ``tmp_path/name``: (the cell's local name, "f-t1-r2-c3"; the
    sentence figure's quote), in the order written."""
    from kg.read import read

    (tmp_path / name).write_text(text, encoding="utf-8")
    made = read(tmp_path / name, tmp_path / "c")
    turtle = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    quote = dict(re.findall(r':(f-\d+) a cg:Figure ;.*?cg:quote "([^"]+)"', claims, re.S))
    return [(cell, quote.get(f, f)) for cell, f in re.findall(
        r"a cg:RestatementRelation ;.*?cg:first :(f-t[\w-]+) ; cg:restatedAs :(f-\d+)",
        turtle, re.S)]


def figure_quotes(folder: Path) -> dict[str, str]:
    """Each figure kg read wrote into the document ``folder``: its local name ("f-3",
    "f-t1-r2-c2") -> its quote."""
    claims = (folder / "claims.ttl").read_text(encoding="utf-8")
    return dict(re.findall(r'^:(f-[\w-]+) a cg:Figure ;[^\n]*\n(?:    [^\n]*\n)*?'
                           r'    cg:quote "([^"]*)"', claims, re.M))


def violations(tmp_path: Path) -> list[str]:
    """The checks that report a violation on the claims kg read wrote under ``tmp_path/c``."""
    from kg.build import build_corpus
    from kg.check import check_corpus

    report = check_corpus(build_corpus(tmp_path / "c"))
    return [f.check for f in report.findings if f.severity == "violation"]


def figure_values(folder: Path) -> dict[str, str]:
    """Each sentence figure's quote and the value kg read wrote for it, from claims.ttl."""
    claims = (folder / "claims.ttl").read_text(encoding="utf-8")
    return dict(re.findall(r'^:f-\d+ a cg:Figure ;[^\n]*\n    cg:claim [^\n]*\n'
                           r'    cg:quote "([^"]*)" ;\n    qudt:numericValue (\S+) ;', claims,
                           re.M))


def read_problems(folder: Path) -> list[str]:
    """What kg check's loading says of a folder kg read wrote (empty: it checks as is)."""
    from kg.build import build_document
    from kg.corpus import read_document
    source = read_document(folder)
    build_document(source)
    return [str(p) for p in source.problems]
