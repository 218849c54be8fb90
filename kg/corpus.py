"""Read a claims folder: one sub-folder per document, Turtle files and the source text.

Layout of a document folder::

    claims/<document-id>/
        document.ttl     the cg:Document: title, date, cg:sourceFile, schema:sha256
        source.txt       the verbatim source text (any name cg:sourceFile gives)
        *.ttl            claims, figures, relations, entities, waivers

Every problem is collected with its file and line; a document with problems is
left out of the build, the others load as usual.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.parsers.notation3 import BadSyntax

from kg.files import UnreadableFile, read_input
from kg.folders import DOCUMENT_FILE, discover  # noqa: F401 - where they were
from kg.namespaces import CG, SCHEMA, bind_prefixes
from kg.problems import Problem, display_path


@dataclass
class DocumentSource:
    """One document folder as read from disk, before anchoring."""

    doc_id: str
    folder: Path
    graph: Graph
    iri: URIRef | None = None
    text: str | None = None
    source_path: Path | None = None
    turtle_files: list[Path] = field(default_factory=list)
    #: subject IRI -> (file, line) where its description starts
    locations: dict[URIRef, tuple[Path, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: (recorded, actual) sha256 when the source text changed since it was encoded
    source_changed: tuple[str, str] | None = None
    notes: list[str] = field(default_factory=list)
    #: quotes an edit of the source lost, with the problem each was reported as
    lost: list[tuple[URIRef, Problem]] = field(default_factory=list)

    def where(self, subject: URIRef) -> tuple[str, int]:
        """File and line of ``subject``'s description, for messages."""
        path, line = self.locations.get(subject, (self.folder / DOCUMENT_FILE, 1))
        return display_path(path), line

    def problem(self, subject: URIRef | None, message: str, hint: str | None = None) -> None:
        file, line = self.where(subject) if subject is not None else (
            display_path(self.folder), 0)
        self.problems.append(Problem(file, line, message, hint, self.doc_id))


def same_iri_problems(documents: list[tuple[str, Path, str]]) -> dict[str, Problem]:
    """A problem for each document whose IRI another document has too (their graphs would
    merge into one), keyed by document id; ``documents`` are (id, folder, IRI)."""
    by_iri: dict[str, list[tuple[str, Path]]] = {}
    for doc_id, folder, iri in documents:
        by_iri.setdefault(iri, []).append((doc_id, folder))
    problems = {}
    for iri, sharing in by_iri.items():
        if len(sharing) < 2:
            continue
        for doc_id, folder in sharing:
            others = ", ".join(display_path(f) for d, f in sharing if d != doc_id)
            problems[doc_id] = Problem(display_path(folder / DOCUMENT_FILE), 1,
                                       f"the document IRI <{iri}> is also the IRI of {others}",
                                       "give each document an IRI of its own", doc_id)
    return problems


def read_document(folder: Path) -> DocumentSource:
    """Parse a document folder's Turtle and read its source text; problems are kept, not raised."""
    doc = DocumentSource(doc_id=folder.name, folder=folder,
                         graph=bind_prefixes(Graph(store="SimpleMemory", bind_namespaces="none")))
    doc.turtle_files = []
    for path in sorted(folder.glob("*.ttl")):
        if _inside(path, folder):
            doc.turtle_files.append(path)
        else:
            doc.problems.append(Problem(display_path(path), 0, "a link to a file outside the "
                                        "document folder is not read",
                                        "copy the file into the folder", doc.doc_id))
    if not (folder / DOCUMENT_FILE).is_file():
        doc.problems.append(Problem(display_path(folder / DOCUMENT_FILE), 0,
                                    "document folder has no document.ttl",
                                    "describe the document (cg:Document, cg:sourceFile) there",
                                    doc.doc_id))
    if len(doc.turtle_files) <= 1:
        doc.problems.append(Problem(display_path(folder), 0, "document folder has no claims file",
                                    "add a .ttl file with the document's claims", doc.doc_id))
    for path in doc.turtle_files:
        _parse_turtle(doc, path)
    if doc.problems:
        return doc
    _find_document_node(doc)
    if doc.iri is not None:
        _read_source(doc)
    return doc


def _parse_turtle(doc: DocumentSource, path: Path) -> None:
    try:
        text = read_input(path).decode("utf-8")
    except UnreadableFile as exc:
        doc.problems.append(Problem(display_path(path), 0, str(exc), exc.hint, doc.doc_id))
        return
    except UnicodeDecodeError as exc:
        doc.problems.append(Problem(display_path(path), 1, f"not UTF-8 text ({exc.reason})",
                                    document=doc.doc_id))
        return
    part = Graph(store="SimpleMemory", bind_namespaces="none")
    try:
        with quiet_rdflib():
            part.parse(data=text, format="turtle", publicID=path.resolve().as_uri())
    except BadSyntax as exc:
        doc.problems.append(Problem(display_path(path), exc.lines + 1,
                                    f"Turtle syntax error: {bad_syntax_reason(exc)}",
                                    document=doc.doc_id))
        return
    except Exception as exc:  # rdflib raises several types for malformed terms
        doc.problems.append(Problem(display_path(path), _guess_line(text, str(exc)),
                                    f"Turtle error: {exc}", document=doc.doc_id))
        return
    lines = subject_lines(text, part)
    for subject, line in lines.items():
        doc.locations.setdefault(subject, (path, line))
    ill_typed = sorted({(s, o) for s, _, o in part if isinstance(o, Literal) and o.ill_typed},
                       key=str)
    for subject, literal in ill_typed:
        kind = str(literal.datatype).rsplit("#", 1)[-1]
        doc.problems.append(Problem(display_path(path), lines.get(subject, 1),
                                    f'"{literal}" is not a valid xsd:{kind}',
                                    "write the date as YYYY-MM-DD, with the real year"
                                    if kind == "date" else
                                    f"write the value as an xsd:{kind} is written",
                                    document=doc.doc_id))
    if ill_typed:
        return
    invalid = _invalid_iris(part)
    for iri, subject in invalid.items():
        # written as <…\u003C…>: its line is where its valid beginning is
        start = text.find(re.split(r'[\x00-\x20<>"{}|^`\\]', iri)[0] + "\\u")
        doc.problems.append(Problem(display_path(path), text.count("\n", 0, start) + 1
                                    if start >= 0 else lines.get(subject, 1),
                                    f"<{iri}> is not a valid IRI",
                                    "write it without spaces or <>\"{}|^`\\ (percent-encode "
                                    "them); a \\u escape does not make one valid",
                                    document=doc.doc_id))
    if invalid:
        return
    doc.graph += part


def _invalid_iris(graph: Graph) -> dict[URIRef, URIRef]:
    """The IRIs rdflib accepted (through Turtle's \\u escapes) that are not IRIs, each with
    a subject that uses it: the SPARQL store refuses them (a ValueError, mid-check)."""
    import pyoxigraph

    seen: set[URIRef] = set()
    invalid: dict[URIRef, URIRef] = {}
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef) and term not in seen:
                seen.add(term)
                try:
                    pyoxigraph.NamedNode(term)
                except ValueError:
                    invalid[term] = triple[0]
    return invalid


@contextlib.contextmanager
def quiet_rdflib() -> Iterator[None]:
    """rdflib logs a traceback (and warns) for each ill-formed literal it parses; a user's
    mistake is reported once, as a problem with its file and line, instead."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def bad_syntax_reason(exc: BadSyntax) -> str:
    return re.sub(r"\s+", " ", str(exc._why) if hasattr(exc, "_why") else str(exc)).strip()


def _guess_line(text: str, message: str) -> int:
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else 1


_SUBJECT_START = re.compile(r"^(?:<(?P<iri>[^>\s]*)>|(?P<prefix>[A-Za-z][\w.-]*)?:(?P<local>[\w.-]*))(?=\s)",
                            re.MULTILINE)


def subject_lines(text: str, graph: Graph) -> dict[URIRef, int]:
    """Line on which each subject's description starts (a term at the start of a line)."""
    namespaces = {p: str(ns) for p, ns in graph.namespaces()}
    lines: dict[URIRef, int] = {}
    # lines counted as the matches go, not from the start for each (that was quadratic:
    # 60,000 subjects took 99 s)
    line, counted = 1, 0
    for m in _SUBJECT_START.finditer(text):
        line += text.count("\n", counted, m.start())
        counted = m.start()
        if m.group("iri") is not None:
            iri = m.group("iri")
        else:
            base = namespaces.get(m.group("prefix") or "")
            if base is None:
                continue
            iri = base + m.group("local")
        lines.setdefault(URIRef(iri), line)
    return lines


def _find_document_node(doc: DocumentSource) -> None:
    nodes = sorted(set(doc.graph.subjects(RDF.type, CG.Document)))
    path = display_path(doc.folder / DOCUMENT_FILE)
    if len(nodes) != 1:
        found = "none" if not nodes else ", ".join(str(n) for n in nodes)
        doc.problems.append(Problem(path, 1, f"expected exactly one cg:Document, found {found}",
                                    document=doc.doc_id))
        return
    doc.iri = URIRef(nodes[0])


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path``, with every link resolved, lies inside ``folder``."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):  # a link loop, a NUL in a name
        return False


#: the longest file name most file systems take (NAME_MAX)
MAX_NAME_BYTES = 255


def _bad_file_name(name: str) -> str | None:
    """What makes ``name`` no file name to look up (the operating system would raise on
    it), or None."""
    if "\0" in name:
        return "holds a NUL character"
    if any(len(part.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES
           for part in name.split("/")):
        return f"has a name longer than {MAX_NAME_BYTES} bytes"
    if len(name.encode("utf-8", "surrogatepass")) > 4096:
        return "is longer than 4096 bytes"
    return None


def _shorten(text: str, at: int = 60) -> str:
    """``text`` quoted, cut to ``at`` characters (a 5,000-character name is no help)."""
    return repr(text) if len(text) <= at else repr(text[:at]) + f"... ({len(text):,} characters)"


def _read_source(doc: DocumentSource) -> None:
    assert doc.iri is not None
    name = doc.graph.value(doc.iri, CG.sourceFile)
    if name is None:
        doc.problem(doc.iri, "the document has no cg:sourceFile",
                    'name its text file, e.g. cg:sourceFile "source.txt"')
        return
    bad = _bad_file_name(str(name))
    if bad:
        doc.problem(doc.iri, f"cg:sourceFile {_shorten(str(name))} {bad}",
                    'name the text file in the document folder, e.g. cg:sourceFile "source.txt"')
        return
    path = doc.folder / str(name)
    if not _inside(path, doc.folder):
        # never read: an absolute path, "..", or a link out of the folder would store
        # (and print) another file's contents
        doc.problem(doc.iri, f"cg:sourceFile {_shorten(str(name))} is outside the document folder "
                             f"{display_path(doc.folder)}",
                    "put the text in the document folder and name it there, e.g. "
                    'cg:sourceFile "source.txt"')
        return
    doc.source_path = path
    if not path.exists():  # a folder or a FIFO is found, and read_input says what it is
        doc.problem(doc.iri, f"source file not found: {display_path(path)}",
                    "put the verbatim text there, or correct cg:sourceFile")
        return
    try:
        data = read_input(path)
    except UnreadableFile as exc:
        doc.problem(doc.iri, f"source file {display_path(path)} {exc}", exc.hint)
        return
    try:
        doc.text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        doc.problem(doc.iri, f"source file {display_path(path)} is not UTF-8 "
                             f"(byte {exc.start})", "convert it to UTF-8")
        return
    recorded = doc.graph.value(doc.iri, SCHEMA.sha256)
    actual = hashlib.sha256(data).hexdigest()
    if recorded is None:
        doc.problem(doc.iri, "the document has no schema:sha256 of its source text",
                    f'add schema:sha256 "{actual}"')
    elif str(recorded) != actual:
        # the build re-anchors every quote; it fails only if some quote is gone
        doc.source_changed = (str(recorded), actual)
