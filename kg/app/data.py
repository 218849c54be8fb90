"""What every page reads: the corpus checked once per process through kg check's own
pipeline and cache (so a corpus kg check has seen opens in seconds), each document's
graph only when a page shows it, and an Oxigraph store for SPARQL.  Read-only."""

from __future__ import annotations

import html
import json
import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from kg.build import BuiltDocument
from kg.check.model import RANK, Finding, Report
from kg.problems import Problem
from kg.report import Source
from kg.store import Store
from kg.summary import DocumentSummary

if TYPE_CHECKING:
    from kg.check.pipeline import FolderRun

_log = logging.getLogger("kg.app")

#: The app answers a user's SPARQL within these limits, like the endpoint.
QUERY_TIMEOUT = 5.0
QUERY_MAX_ROWS = 5_000


#: documents built again on demand (Source, what-if, an entity's figures) kept per process
KEEP_BUILT = 64


def claims_dir() -> Path:
    from kg.vocab import bundled_claims_dir
    configured = os.environ.get("CLAIMGRAPH_CLAIMS")
    if configured:
        return Path(configured)
    here = Path("claims")
    return here if here.is_dir() else bundled_claims_dir()


def cache_dir() -> Path:
    """Where kg check keeps its per-document results (``--cache-dir``): the app reads the
    same ones, so a corpus kg check has seen opens without checking anything again."""
    from kg.folders import DEFAULT_CACHE_DIR
    return Path(os.environ.get("KG_CACHE_DIR") or DEFAULT_CACHE_DIR)


@dataclass
class Corpus:
    """A checked claims folder, read from kg check's cache where it can be: the report and
    each document's summary (:mod:`kg.summary`) are all the listings need; a document's
    graph is built again only when a page shows it (:meth:`document`)."""

    claims_dir: Path
    report: Report
    sources: dict[str, Source]
    #: document id -> its folder and summary, for the documents that built, in folder order
    folders: dict[str, Path]
    summaries: dict[str, DocumentSummary]
    problems: list[Problem]
    checked: list[str]
    reused: list[str]
    _built: OrderedDict[str, BuiltDocument] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _store_lock: threading.Lock = field(default_factory=threading.Lock)
    _store: Store | None = None
    #: the check run itself: the app's store is filled from the graphs it kept
    run: FolderRun | None = None
    #: the warnings and violations not in the folder's previous, different report, and
    #: when that one was made (``None``: no earlier report to compare with)
    new: frozenset[str] = frozenset()
    since: str | None = None

    @property
    def documents(self) -> list[str]:
        return list(self.summaries)

    def document(self, doc_id: str) -> BuiltDocument:
        """One document's graph and anchors, built again from its folder (kept for the
        last few asked for)."""
        from kg.build import build_document
        from kg.corpus import read_document
        from kg.problems import InputError, display_path
        with self._lock:
            if doc_id in self._built:
                self._built.move_to_end(doc_id)
                return self._built[doc_id]
        source = read_document(self.folders[doc_id])
        built = None if source.problems else build_document(source)
        if built is None:  # edited since it was checked
            first = source.problems[0] if source.problems else Problem(
                display_path(self.folders[doc_id]), 0, "the document does not build")
            raise InputError(Problem(first.file, first.line, f"{doc_id} no longer builds: "
                                     f"{first.message}", "fix it (kg check names every "
                                     "problem), then reload the page", doc_id))
        with self._lock:
            self._built[doc_id] = built
            while len(self._built) > KEEP_BUILT:
                self._built.popitem(last=False)
        return built

    @cached_property
    def by_id(self) -> dict[str, Finding]:
        return {f.id: f for f in self.report.findings}

    @cached_property
    def entities(self) -> dict[str, dict]:
        """Every entity across the documents: label, types and how many figures, claims
        and documents are about it (the entity list's facets)."""
        rows: dict[str, dict] = {}
        for doc_id, s in self.summaries.items():
            for e in s.entities:
                row = rows.setdefault(e.iri, {"entity": entity_key(e.iri), "label": e.label,
                                              "type": ", ".join(e.types), "figures": 0,
                                              "claims": 0, "documents": 0, "iri": e.iri})
                row["figures"] += e.figures
                row["claims"] += e.claims
                row["documents"] += 1
        return rows

    def documents_about(self, entity: str) -> list[str]:
        """The documents that have ``entity``, in folder order."""
        return [d for d, s in self.summaries.items() if any(e.iri == entity for e in s.entities)]

    @cached_property
    def claim_status(self) -> dict[str, str]:
        """Each claim's worst relation finding: its highlight on Source, its status on
        Entities."""
        status: dict[str, str] = {}
        for f in self.report.findings:
            if f.is_relation:
                for claim in f.claims:
                    if claim not in status or RANK[f.severity] > RANK[status[claim]]:
                        status[claim] = f.severity
        return status

    def about(self, doc_id: str, node: str) -> tuple[str, ...]:
        return self.summaries[doc_id].about.get(node, ()) if doc_id in self.summaries else ()

    def store(self, progress: Progress | None = None) -> Store:
        """The corpus and its findings in an Oxigraph store in memory, filled on the first
        query from the graphs kg check kept."""
        with self._store_lock:
            if self._store is None:
                self._store = _filled_store(self, progress)
            return self._store


Progress = Callable[[int], Callable[[], None]]


def _filled_store(c: Corpus, progress: Progress | None) -> Store:
    """An in-memory store filled from the graphs kg check kept beside its outcomes (a
    document whose graph is missing is built again).

    In memory, not on disk: Oxigraph on disk reads each term's text from RocksDB when it
    compares or sorts, so at 1,000 documents ORDER BY alone took 1.7 s of a query and
    three named queries passed the 5-second limit (benchmarks/named_queries.py); in
    memory the same queries take about a second, and filling from the kept graphs (about
    30 s at 1,000 documents) is quicker than the disk's fill was (93 s).
    """
    from kg.check.pipeline import OutcomeCache
    from kg.store.corpus import fill_from_check
    from kg.store.embedded import EmbeddedStore
    from kg.store.state import corpus_digest

    store = EmbeddedStore(None)
    run = c.run if c.run is not None else _check(c.claims_dir, None).run
    assert run is not None
    fill_from_check(store, run, OutcomeCache(cache_dir()).graphs_of(run),
                    corpus=corpus_digest(c.claims_dir), progress=progress)
    return store


def _check(path: Path, progress: Progress | None) -> Corpus:
    from kg.check.pipeline import check_folder

    run = check_folder(path, cache_dir=cache_dir(), progress=progress)
    folders, summaries = {}, {}
    for folder, outcome in run.outcomes:
        if outcome.summary is not None and outcome.doc_id in run.sources:
            folders[outcome.doc_id] = folder
            summaries[outcome.doc_id] = outcome.summary
    new, since = new_since_last(path, run.report)
    return Corpus(path, run.report, run.sources, folders, summaries, run.problems,
                  run.checked, run.reused, run=run, new=new, since=since)


def failing(report: Report) -> list[str]:
    """The ids of a report's warnings and violations (accepted ones too: still reported)."""
    return sorted(f.id for f in report.findings if f.severity in ("warning", "violation"))


def new_since_last(claims: Path, report: Report) -> tuple[frozenset[str], str | None]:
    """The warnings and violations of ``report`` that the claims folder's previous report
    did not have, and when that report was made.  The last two different reports' finding
    ids are kept beside kg check's cache (``app-reports/``): opening the app again on the
    same claims compares with the report before, not with itself."""
    import datetime
    import hashlib

    from kg.files import write_atomic
    from kg.problems import InputError

    record = cache_dir() / "app-reports" / (
        hashlib.sha256(str(claims.resolve()).encode()).hexdigest()[:24] + ".json")
    try:
        kept = json.loads(record.read_text(encoding="utf-8"))
        current, previous = kept.get("current"), kept.get("previous")
    except (OSError, ValueError, AttributeError):  # none yet, or damaged: start again
        current = previous = None
    ids = failing(report)
    if not isinstance(current, dict) or current.get("findings") != ids:
        previous = current if isinstance(current, dict) else None
        current = {"at": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
                   "findings": ids}
        try:
            write_atomic(record, json.dumps({"claims": str(claims.resolve()),
                                             "current": current, "previous": previous}))
        except InputError:  # a read-only cache, say: the page shows all the same
            _log.warning("could not keep the report's finding ids in %s", record)
    if not isinstance(previous, dict) or not isinstance(previous.get("findings"), list):
        return frozenset(), None
    return frozenset(ids) - frozenset(previous["findings"]), str(previous.get("at", ""))


@st.cache_resource
def _slot(path: str) -> dict:
    """One corpus a claims folder per process, shared by every session."""
    return {"lock": threading.Lock()}


def corpus() -> Corpus:
    """The checked corpus; the first page to ask checks it, with a progress bar."""
    path = str(claims_dir())
    slot = _slot(path)
    with slot["lock"]:
        if "corpus" not in slot:
            slot["corpus"] = _check(Path(path), progress_bar("Checking the documents"))
        return slot["corpus"]


def forget() -> None:
    """Read the claims again on the next page (after they were edited)."""
    _slot(str(claims_dir())).pop("corpus", None)


def progress_bar(label: str) -> Progress:
    """A progress callback of the pipeline's kind (``progress(total)`` gives ``step()``)
    drawn as a Streamlit progress bar that goes away when done."""
    def start(total: int) -> Callable[[], None]:
        bar = st.progress(0.0, text=f"{label}: 0 of {total:,} documents")
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if done == total:
                bar.empty()
            elif done % max(1, total // 100) == 0:
                bar.progress(done / total, text=f"{label}: {done:,} of {total:,} documents")
        return step
    return start


def esc(text: object) -> str:
    """Text from a claims file, safe inside HTML."""
    return html.escape(str(text), quote=True)


#: a severity's badge: background and text colours given together, so the badge reads
#: the same in light and dark mode (at least 4.5:1, WCAG AA)
BADGE_COLOURS = {"violation": ("#f8d7da", "#58151c"), "warning": ("#fff3cd", "#664d03"),
                 "info": ("#cff4fc", "#055160"), "pass": ("#d1e7dd", "#0a3622")}


def badge(severity: str, text: str | None = None) -> str:
    """A severity as an HTML badge in its colours (``text``, escaped: what it says, the
    severity in capitals by default)."""
    background, colour = BADGE_COLOURS.get(severity, ("#e2e3e5", "#2b2f32"))
    return (f"<span class='cg-badge' data-severity='{esc(severity)}' style='background:"
            f"{background};color:{colour};padding:2px 6px;border-radius:4px;"
            f"white-space:nowrap'>{esc(severity.upper() if text is None else text)}</span>")


def graph_elements(nodes: list[dict[str, str]], edges: list[dict[str, str]]) -> dict:
    """Nodes and edges for st_link_analysis, inert: its info panel writes a clicked
    element's every field but ``label`` into the page as HTML (``innerHTML``, in a frame
    of the app's origin) and ``label`` as text (``innerText``), and Cytoscape draws
    captions on a canvas, as text.  So what people read goes in ``label`` as it is, and
    every other field, escaped once, shows its characters in the panel.  A node's kind,
    which styles it, is in ``kind`` (:func:`kind_style`).

    >>> graph_elements([{"id": "e/<b>", "label": "<img src=x>", "kind": "ENTITY"}], [])
    ... # doctest: +NORMALIZE_WHITESPACE
    {'nodes': [{'data': {'id': 'e/&lt;b&gt;', 'label': '<img src=x>', 'kind': 'ENTITY'}}],
     'edges': []}
    """
    def inert(data: dict[str, str]) -> dict[str, str]:
        return {key: value if key == "label" else esc(value) for key, value in data.items()}
    return {"nodes": [{"data": inert(n)} for n in nodes],
            "edges": [{"data": inert(e)} for e in edges]}


def frame_style(frames: str, css: str) -> str:
    """A constant script that puts the app's own ``css`` into each component frame whose
    title starts with ``frames`` (its documents are of the app's origin, but the app's
    stylesheet does not reach into them), as each appears.  It carries no data; a page
    runs it with ``st.html(..., unsafe_allow_javascript=True)``."""
    key = json.dumps(frames)
    return f"""<script>(() => {{
  const key = {key}, css = {json.dumps(css)};
  window.cgFrameStyle = window.cgFrameStyle || {{}};
  if (window.cgFrameStyle[key]) return;
  window.cgFrameStyle[key] = true;
  const seen = new WeakSet();
  const dress = frame => {{ const d = frame.contentDocument;
    if (d && d.head && !d.getElementById("cg-frame-style")) {{
      const s = d.createElement("style"); s.id = "cg-frame-style"; s.textContent = css;
      d.head.appendChild(s); }} }};
  const scan = () => document.querySelectorAll(`iframe[title^=${{JSON.stringify(key)}}]`)
    .forEach(frame => {{ if (!seen.has(frame)) {{ seen.add(frame);
      frame.addEventListener("load", () => dress(frame)); }} dress(frame); }});
  new MutationObserver(scan).observe(document.body, {{childList: true, subtree: true}});
  scan();
}})()</script>"""


#: st_link_analysis's info panel names a clicked node's fields in grey at 4.3:1 on its light
#: panel: a darker grey (6.5:1, WCAG AA); the Entities page runs it
GRAPH_PANEL_STYLE = frame_style(
    "st_link_analysis", 'body[data-theme="light"] .infopanel__key {color: hsl(223, 0%, 36%)}')

#: the SPARQL editor's theme (Ace's tomorrow_night_bright, on black) highlights the cursor's
#: line in #2A2A2A, on which its variables read 3.45:1, and selected text in #424242 (2.4:1):
#: darker highlights (still apart from the black and from each other) and a lighter
#: variable and comment, so every token reads at 4.5:1 or more on the editor, its cursor's
#: line and its selection (4.95:1 at worst, numbers under the selection); an unterminated
#: string's light grey on red (2.3:1) becomes black on red.  Each selector outranks the
#: theme's by one class, whichever stylesheet Ace inserts last
EDITOR_THEME = "tomorrow_night_bright"
EDITOR_STYLE = frame_style("streamlit_ace", "".join(
    f".ace_editor.ace-{EDITOR_THEME.replace('_', '-')} {selector} {{{rule}}} "
    for selector, rule in (
        (".ace_marker-layer .ace_active-line", "background: #1f1f1f"),
        (".ace_gutter-active-line", "background-color: #1f1f1f"),
        (".ace_marker-layer .ace_selection", "background: #333333"),
        (".ace_line .ace_variable", "color: #f28b82"),
        (".ace_line .ace_comment", "color: #a8aaa8"),
        (".ace_line .ace_invalid", "color: #000000"))))


def kind_style(kind: str, colour: str) -> object:
    """st_link_analysis's node style for the nodes of ``kind``, captioned with their
    ``label`` (:func:`graph_elements`); its ``NodeStyle`` would pick them by ``label``."""
    from st_link_analysis import NodeStyle

    class KindStyle(NodeStyle):
        def dump(self) -> dict:
            return {**super().dump(), "selector": f"node[kind = '{kind}']"}
    return KindStyle(kind, colour, "label")


#: U+2060 WORD JOINER: invisible, and it breaks what GitHub-flavoured Markdown would link
JOINER = "\u2060"


def md(text: object) -> str:
    r"""Text from a claims file, safe inside Markdown (no HTML, links or formatting).

    Streamlit's Markdown makes a link of a bare ``http://…``, ``www.…`` or e-mail
    address after escapes are undone (a tracking pixel's address became a link), so an
    invisible word joiner goes inside each: it reads and prints the same, and links
    nothing.

    >>> md("![x](http://e.org/p.png)").replace(JOINER, "")
    '\\!\\[x\\]\\(http://e\\.org/p\\.png\\)'
    >>> all(JOINER in md(t) for t in ("http://e.org", "www.e.org", "a@e.org"))
    True
    """
    escaped = re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~$])", r"\\\1", str(text))
    return re.sub(r"(?i)(?<=:)(?=//)|(?<=www)(?=\\\.)|(?=@)", JOINER, escaped)


def entity_key(iri: str) -> str:
    """An entity's name in the app's URLs and lists: its IRI after the entity namespace
    (all of it, slashes too: ``ent:a/b`` is ``a/b``), or the whole IRI outside it.

    >>> entity_key("https://w3id.org/claimgraph/entity/a/b"), entity_key("urn:x:y")
    ('a/b', 'urn:x:y')
    """
    from kg.namespaces import ENT
    return iri[len(ENT):] if iri.startswith(str(ENT)) and len(iri) > len(ENT) else iri


def local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def twin(sparql: str, rows: list[dict], name: str, csv: str | None = None) -> None:
    """Every page's machine-readable twin: the SPARQL behind it, and CSV/JSON downloads
    (``csv``: the page's own CSV, for reading, where it has one; the rows' otherwise)."""
    import json

    import pandas as pd

    with st.expander("Machine-readable: the SPARQL behind this page, CSV, JSON"):
        st.code(sparql.strip(), language="sparql")
        if csv is None:
            csv = pd.DataFrame(rows).to_csv(index=False)
        left, right = st.columns(2)
        left.download_button("Download CSV", csv, f"{name}.csv", "text/csv", key=f"csv-{name}")
        right.download_button("Download JSON", json.dumps(rows, indent=2, ensure_ascii=False,
                                                          default=str),
                              f"{name}.json", "application/json", key=f"json-{name}")


@st.cache_data(show_spinner=False)
def explained(kind: str) -> list[str]:
    """A check kind in a few sentences, from the one copy there is: the labels of the
    shapes that make the check (what holds when it passes) and the vocabulary's
    ``rdfs:comment`` of the relation kinds they check; then what a figure's interval is
    (its ``cg:lowerBound`` and ``cg:upperBound``)."""
    from rdflib.namespace import RDFS

    from kg.namespaces import CG, SH
    from kg.vocab import shapes_graph, vocabulary_graph

    shapes, vocabulary = shapes_graph(), vocabulary_graph()
    made_by = sorted(s for s in shapes.subjects(CG.checkKind, None)
                     if str(shapes.value(s, CG.checkKind)) == kind)
    holds = sorted({str(label) for s in made_by for label in shapes.objects(s, RDFS.label)})
    out = []
    if kind != "structure":  # its shapes check every class: no one sentence says it
        out += [f"Passes when {' and '.join(holds)}."] if holds else []
        relations = sorted({c for s in made_by for c in shapes.objects(s, SH.targetClass)
                            if str(c).endswith(("Relation", "Reading"))})
        out += [f"{vocabulary.value(c, RDFS.label) or local(str(c))}: "
                f"{vocabulary.value(c, RDFS.comment)}" for c in relations
                if vocabulary.value(c, RDFS.comment)]
    if kind == "suppression":
        out.append(str(vocabulary.value(CG.Suppression, RDFS.comment)))
    out += [f"Interval, {vocabulary.value(p, RDFS.label)}: {vocabulary.value(p, RDFS.comment)}"
            for p in (CG.lowerBound, CG.upperBound)]
    return out


def other_sources(figures: list[str]) -> list[dict]:
    """What other documents say of these figures' quantities (the report's corroboration):
    a row per pair, for "other sources say"."""
    from kg.anchor import normalize  # quotes keep the source's line breaks
    wanted = set(figures)
    rows = []
    for entry in corpus().report.corroboration:
        if entry["figure"] not in wanted:
            continue
        for s in entry["sources"]:
            rows.append({"figure": local(entry["figure"]), "here": normalize(entry["quote"]),
                         "document": s["document"], "says": normalize(s["quote"]),
                         "agrees": "yes" if s["agrees"] else "no",
                         "finding": s["finding"]})
    return rows


def query_result(text: str, bindings: dict | None = None
                 ) -> tuple[list[dict], dict[str, str], bool]:
    """Rows for the table, the result in the standard formats for download (SPARQL 1.1
    Results JSON and CSV for SELECT and ASK, Turtle and N-Triples for a graph), and whether
    only the first :data:`QUERY_MAX_ROWS` rows of a longer result are shown (as Datasette
    does; ``kg query`` gives them all)."""
    from kg.sparql.results import render, table
    c = corpus()
    if c._store is None:  # filled on the first query
        with st.spinner("Filling the SPARQL store…"):
            store = c.store(progress_bar("Filling the SPARQL store"))
    else:
        store = c.store()
    result = store.query(text, bindings, timeout=QUERY_TIMEOUT, max_rows=QUERY_MAX_ROWS,
                         truncate=True)
    _, rows = table(result)
    formats = ("turtle", "ntriples") if result.info.returns_graph else ("json", "csv")
    return rows, {fmt: render(result, fmt) for fmt in formats}, result.truncated


def query_documents(doc_ids: list[str], text: str, bindings: dict | None = None) -> list[dict]:
    """A query's rows over these documents alone (an entity's), in a store made for it:
    a page that shows a few documents does not wait for the whole corpus's store."""
    from kg.build import BuildResult
    from kg.sparql.results import table
    from kg.store import open_store
    from kg.store.corpus import load as load_store

    c = corpus()
    store = open_store("memory")
    load_store(store, BuildResult([c.document(d) for d in doc_ids], [], []))
    return table(store.query(text, bindings, timeout=QUERY_TIMEOUT,
                             max_rows=QUERY_MAX_ROWS))[1]


def readable(rows: list[dict]) -> list[dict]:
    """Query rows as a person reads them: a value with its unit in words ("57.1 billion
    yuan", not 57100000000 and unit:CCY_CNY), vocabulary terms by their labels ("sales
    volume"), other IRIs by their ids; the twin keeps the raw rows.

    >>> readable([{"value": "57100000000", "unit": "unit:CCY_CNY"}])
    [{'value': '57.1 billion yuan'}]
    """
    from decimal import Decimal, InvalidOperation

    from rdflib import URIRef
    from rdflib.namespace import RDFS

    from kg.numbers import describe, significant
    from kg.namespaces import expand_iri
    from kg.vocab import vocabulary, vocabulary_graph

    codes, labels = vocabulary().unit_codes, vocabulary_graph()

    def iri(text: str) -> URIRef:
        return URIRef(expand_iri(text))

    out = []
    for row in rows:
        shown = {}
        code = codes.get(iri(str(row["unit"]))) if row.get("unit") else None
        for key, value in row.items():
            if key == "unit" and "value" in row:
                continue
            if key == "value" and value is not None:
                try:
                    number = Decimal(str(value))
                except InvalidOperation:
                    shown[key] = value
                    continue
                unit = None if code in ("NUM", "UNITLESS") else code
                shown[key] = describe(number, unit, significant(number))
            elif isinstance(value, str) and re.match(r"(https?://|[a-z]+:\S)", value):
                label = labels.value(iri(value), RDFS.label)
                shown[key] = str(label) if label is not None else \
                    re.split(r"[#/:]", value.rstrip("/"))[-1]
            else:
                shown[key] = value
        out.append(shown)
    return out


def ranked_diagnoses(c: Corpus) -> list:
    """The corpus's diagnoses, the one that explains the most violated relations first
    (the report keeps them in document order)."""
    return sorted(c.report.diagnosis_objects,
                  key=lambda d: (d.status != "likely", -d.violated,
                                 -sum(x.support + x.source_support for x in d.candidates)))


def diagnosed(c: Corpus, d) -> dict[str, str | None]:
    """A diagnosis as a person reads it: its document (id and title), one sentence
    ("'910 million US dollars' is most likely 9.1 billion US dollars — power of ten") and
    the finding it explains first, to link to."""
    from kg.anchor import normalize  # quotes keep the source's line breaks
    explained = [c.by_id[i] for x in d.candidates for i in x.explains if i in c.by_id]
    document = explained[0].document if explained else ""
    summary = c.summaries.get(document)
    if d.status == "likely":
        sentence = "; ".join(f"‘{normalize(x.quote)}’ is most likely {x.verdict()}"
                             + (f" — {x.pattern}" if x.pattern else "") for x in d.candidates)
    else:
        sentence = d.headline()
    return {"document": document, "title": summary.title if summary else "",
            "sentence": sentence, "finding": explained[0].id if explained else None}


class UrlState:
    """A page's state in its URL, with the browser's Back and Forward.

    Streamlit adds a history entry each time a page sets a query parameter, and keeps a
    widget's value when the URL changes under it.  So a page here reads the URL once;
    when it differs from what the page last wrote (opened, a link, Back or Forward) its
    widgets take their values from it (:meth:`seed`); after them the page writes its
    whole state at once (:meth:`write`), and only when it changed: a link that lands adds
    no entry of its own, each change of a filter adds one, and Back undoes one.
    Parameters of other pages are dropped."""

    def __init__(self, page: str) -> None:
        self.page = page
        self.url = st.query_params.to_dict()
        self.external = st.session_state.get(f"url:{page}") != self.url

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.url.get(name, default)

    def seed(self, key: str, value: object) -> None:
        """The value of the widget ``key`` (created without a default) from the URL,
        unless the person changed it since the page last wrote the URL."""
        if self.external or key not in st.session_state:
            st.session_state[key] = value

    def write(self, state: dict[str, str | None]) -> None:
        """The page's state in the URL (``None``: left out, the default), in one entry."""
        wanted = {name: value for name, value in state.items() if value is not None}
        if wanted != self.url:
            st.query_params.from_dict(wanted)
            self.url = wanted
        st.session_state[f"url:{self.page}"] = wanted
