"""The fast engine: the compiled shapes (:mod:`kg.check.compile`) run on pyoxigraph.

Each constraint is one query over the whole graph, evaluated by Oxigraph's
Rust engine, instead of one evaluation per focus node in Python.  The rows
become the same :class:`~kg.check.engine.ShaclResult` values pySHACL's report
gives, so the rest of ``kg check`` cannot tell the engines apart (the
differential tests in tests/check/test_engines.py hold them to that).

>>> from kg.build import build_corpus
>>> results, explained = validate_graphs([d.graph for d in build_corpus().documents])
>>> sorted({r.kind for r in results if r.severity == "violation"})
['difference', 'sum']
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.extras.shacl import parse_shacl_path
from rdflib.graph import ReadOnlyGraphAggregate
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.term import Node

from kg.check.compile import (
    ILL_FORMED,
    SHAPES_GRAPH,
    CompiledCheck,
    compile_shapes,
    compiled_checks,
    core_message,
    prebind,
    target_pattern,
)
from kg.check.engine import Explained, ShaclResult
from kg.check.guarded import guard_query
from kg.check.shapes import SparqlConstraint, render_message
from kg.namespaces import SH
from kg.vocab import kept_readings, shapes_graph, vocabulary_graph

#: everything goes into the store's default graph: queried there, the checks took 20% less
#: time than over a default graph listed as the union of named graphs
DEFAULT = ox.DefaultGraph()
_STRING = str(XSD.string)


def to_oxigraph(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(node)
    if isinstance(node, BNode):
        return ox.BlankNode(node)
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(node, language=node.language)
        if node.datatype is not None:
            return ox.Literal(node, datatype=ox.NamedNode(node.datatype))
        return ox.Literal(node)
    raise TypeError(f"not an RDF term: {node!r}")


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value) if datatype == _STRING else Literal(term.value,
                                                                   datatype=URIRef(datatype))


#: one figure's property and the values it takes instead of its own (a what-if)
Edit = tuple[Node, Node, list[Node]]


_ILL_FORMED = ox.NamedNode(ILL_FORMED)


def quads(graph: Graph) -> list[ox.Quad]:
    """An rdflib graph as Oxigraph quads in the default graph, and each ill-formed literal
    (rdflib's judgement, ranges of derived types included) listed in :data:`ILL_FORMED`."""
    terms: dict[Node, object] = {}
    ill_formed: list[ox.Quad] = []

    def conv(n: Node):
        t = terms.get(n)
        if t is None:
            t = terms[n] = to_oxigraph(n)
        return t

    def conv_object(n: Node):
        # per occurrence: rdflib writes "none"^^xsd:boolean as "false", equal to a
        # well-formed false but ill-typed
        t = conv(n)
        if isinstance(n, Literal) and n.ill_typed:
            ill_formed.append(ox.Quad(_ILL_FORMED, _ILL_FORMED, t, _ILL_FORMED))
        return t

    out = [ox.Quad(conv(s), conv(p), conv_object(o), DEFAULT) for s, p, o in graph]
    return out + ill_formed


#: the graph converted last: a diagnosis asks its what-ifs of the graph just validated
_last: tuple[Graph, int, list[ox.Quad]] | None = None


def _quads_of(graph: Graph) -> list[ox.Quad]:
    """:func:`quads`, kept for the graph converted last (built graphs are not changed after
    the build; the length guards against one that was)."""
    global _last
    if _last is not None and _last[0] is graph and _last[1] == len(graph):
        return _last[2]
    converted = quads(graph)
    _last = (graph, len(graph), converted)
    return converted


def let_go() -> None:
    """Forget the graph converted last and the store validated last: a document's check is
    done (:func:`kg.check.pipeline.check_one`).  Kept until the next document's, its graph
    was still reachable when the document's garbage was collected, so it survived into the
    oldest generation, where only a full collection frees it: in a worker, every ten or so
    documents a full collection scanned and freed about 150,000 objects (a third of the
    time the collector took)."""
    global _last
    _last = None
    _take_validated([])


def kept_quads(graph: Graph) -> list[ox.Quad]:
    """``graph`` as Oxigraph quads in the default graph (and ill-formed literals listed in
    :data:`ILL_FORMED`): the ones the last validation of it made, when it was the last."""
    return _quads_of(graph)


@cache
def _vocabulary_quads() -> list[ox.Quad]:
    kept = kept_readings()
    if kept:
        return list(ox.parse("\n".join(kept["quads"]), format=ox.RdfFormat.N_QUADS))
    return vocabulary_quads_of(vocabulary_graph())


def vocabulary_quads_of(graph: Graph) -> list[ox.Quad]:
    """The vocabulary's quads as each check's store is loaded with them (kept in
    :data:`kg.vocab.READINGS`)."""
    return quads(graph)


def _new_store() -> ox.Store:
    """A fresh in-memory store with the vocabulary.  One per check (and one for the
    what-ifs of a document, :func:`_store_of`): a long-lived store whose documents are
    loaded and removed again slows down with every document (measured: 40 ms a document
    at first, 83 ms after 300)."""
    store = ox.Store()
    store.bulk_extend(_vocabulary_quads())
    return store


def validate_graphs(graphs: Iterable[Graph], *, explain_only: bool = False,
                    edits: Iterable[Edit] = (), focus: Iterable[Node] | None = None
                    ) -> tuple[list[ShaclResult], Explained]:
    """Every shape over the vocabulary plus ``graphs``: results, and the explain rows of
    every arithmetic and calendar constraint (passing relations included).

    ``explain_only`` runs just the arithmetic and calendar constraints (what a what-if
    needs to know whether relations hold); ``edits`` replace the values of a subject's
    property (in the store: the graphs stay unchanged).  With ``explain_only``, ``focus``
    says whose rows are wanted: a constraint none of whose targets is among them is not
    run (:func:`_about`); the rows of these focus nodes are the same, those of others
    may be missing."""
    graphs = list(graphs)
    with _checks_to_run(graphs, explain_only, edits, focus) as (store, checks, edited):
        found = run_checks(store, checks, _WithVocabulary(graphs), _Shapes())
    if not explain_only and not edited and any(r.severity == "violation" for r in found[0]):
        _remember_validated(graphs, store)  # a diagnosis will ask its what-ifs of them
    return found


def verdicts(graphs: Iterable[Graph], *, edits: Iterable[Edit] = (),
             focus: Iterable[Node] | None = None) -> dict[str, bool]:
    """Relation IRI -> holds, as :func:`kg.diagnose.whatif.quick_verdicts` reads them of
    the explain rows of ``validate_graphs(graphs, explain_only=True, edits=edits,
    focus=focus)`` (a constraint's last row for a focus node says whether it holds there;
    a relation holds where every constraint does), without making each row's other
    terms or any failing row's message (a what-if reads only the verdicts)."""
    holds_of: dict[tuple[Node, Node], bool] = {}
    for _ in _verdicts_run(list(graphs), edits, focus, holds_of):
        pass
    return _verdicts_of(holds_of)


def all_hold(graphs: Iterable[Graph], focus: Iterable[Node], *,
             edits: Iterable[Edit] = ()) -> bool:
    """Whether every relation of ``focus`` holds with ``edits`` made (one without a row
    holds): ``all(verdicts(graphs, edits=edits, focus=focus).get(str(r), True) for r in
    focus)``, without running the checks left once one of them fails.  A relation's
    verdict is settled once a check has read its last row of a constraint no check left
    to run has (that constraint's verdict there is the last row's, and a relation holds
    where every constraint does).  Each of the paper's 8 swaps of two figures
    (:func:`kg.diagnose.run._swaps`) is settled by its first 2 to 4 checks of 3 to 8: its
    diagnosis took 60 ms, now 45 (issue 32)."""
    focus = list(focus)
    asked = {str(n) for n in focus}
    holds_of: dict[tuple[Node, Node], bool] = {}
    run = _verdicts_run(list(graphs), edits, focus, holds_of)
    try:
        for left in run:
            if any(not ok and str(this) in asked and node not in left
                   for (node, this), ok in holds_of.items()):
                return False
    finally:
        run.close()  # the what-if's edits undone now, not when the run is collected
    found = _verdicts_of(holds_of)
    return all(found.get(r, True) for r in asked)


def _verdicts_run(graphs: list[Graph], edits: Iterable[Edit], focus: Iterable[Node] | None,
                  holds_of: dict[tuple[Node, Node], bool]) -> Iterator[set[Node]]:
    """Run the what-if's checks one by one, filling ``holds_of`` ((constraint, focus node)
    -> whether its last row holds); after each, the constraints of the checks left to run
    are yielded."""
    with _checks_to_run(graphs, True, edits, focus) as (store, checks, _):
        for n, check in enumerate(checks):
            node = check.constraint.node  # an explainable check's is a SPARQL constraint
            for this, holds in _verdict_rows(store, check):
                holds_of[(node, this)] = holds is None or bool(holds.toPython())
            yield {c.constraint.node for c in checks[n + 1:]}


def _verdicts_of(holds_of: dict[tuple[Node, Node], bool]) -> dict[str, bool]:
    found: dict[str, bool] = {}
    for (_, this), ok in holds_of.items():
        found[str(this)] = found.get(str(this), True) and ok
    return found


def _verdict_rows(store: ox.Store, check: CompiledCheck
                  ) -> Iterator[tuple[Node, Node | None]]:
    """Each row's focus node and ``?holds`` (None where unbound), as :func:`_rows` gives
    them."""
    if check.template is not None:
        for row in _rows(store, check):
            yield row["this"], row.get("holds")
        return
    rows = store.query(check.query)
    asks = any(v.value == "holds" for v in rows.variables)
    for solution in rows:
        holds = solution["holds"] if asks else None
        yield to_rdflib(solution["this"]), None if holds is None else to_rdflib(holds)


@contextmanager
def _checks_to_run(graphs: list[Graph], explain_only: bool, edits: Iterable[Edit],
                   focus: Iterable[Node] | None
                   ) -> Iterator[tuple[ox.Store, list[CompiledCheck], list[ox.NamedNode]]]:
    """The store of ``graphs`` with ``edits`` made (undone after), the checks to run on it
    (:func:`validate_graphs` says which) and the properties edited."""
    keep = explain_only and _what_if_owner == threading.get_ident()
    undo: list[tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, list]] = []
    store = _store_of(graphs, keep)
    try:
        for subject, prop, values in edits:
            s, p = to_oxigraph(subject), to_oxigraph(prop)
            undo.append((s, p, [q.object for q in store.quads_for_pattern(s, p, None,
                                                                             DEFAULT)]))
            _replace_values(store, s, p, [to_oxigraph(v) for v in values])
        checks = [c for c in compiled_checks() if c.explainable] if explain_only else \
            list(compiled_checks())
        edited = [p for _, p, _ in undo]
        if explain_only and focus is not None:
            checks = _about(store, checks, focus, edited=edited)
        elif not explain_only:  # a what-if's are narrowed by its focus (_about)
            checks = _targeted(store, checks)
        yield store, checks, edited
    finally:
        for s, p, stated in reversed(undo):  # the first edit of a property saw its own
            _replace_values(store, s, p, stated)


#: within :func:`one_what_if_store`: the thread whose what-ifs keep their store, and the
#: graphs the last of them ran on with that store (the vocabulary and the graphs, as
#: loaded: each what-if's edits are undone after it)
_what_if_owner: int | None = None
_what_if: tuple[list[Graph], ox.Store] | None = None
_what_if_lock = threading.Lock()
#: the graphs validated last with a violation (weakly: each with its length then) and the
#: store they were validated on, which holds what a what-if's new store would: their
#: diagnosis takes it (:func:`_store_of`) rather than load the vocabulary and the graphs
#: again (about 10 ms of the paper's check)
_validated: tuple[list[weakref.ref[Graph]], list[int], ox.Store] | None = None


def _remember_validated(graphs: list[Graph], store: ox.Store) -> None:
    global _validated
    # the length of a graph just converted is known (counting a SimpleMemory graph's
    # triples walks them all)
    _validated = ([weakref.ref(g) for g in graphs],
                  [_last[1] if _last is not None and _last[0] is g else len(g) for g in graphs],
                  store)


def _take_validated(graphs: list[Graph]) -> ox.Store | None:
    """The store :data:`_validated` keeps if it is of ``graphs`` (the same objects, none
    changed since), taken from it (one what-if store takes it, once); else None."""
    global _validated
    kept, _validated = _validated, None
    if kept is None or len(kept[0]) != len(graphs) or not all(
            g is k() and len(g) == n for g, k, n in zip(graphs, kept[0], kept[1])):
        return None
    return kept[2]


@contextmanager
def one_what_if_store() -> Iterator[None]:
    """Within, the what-ifs of this thread (a diagnosis's: :func:`kg.diagnose.run.
    diagnose`) that ask the same graphs run on one store, not each on a new one: loading
    the vocabulary and the document took 6 ms of each of the paper's 9 what-ifs.  The
    store holds the same quads as a new one (only their order of loading differs, and
    that was another in every process already: rdflib's order of a graph's triples); the
    graphs must not change within (a diagnosis only reads them).  One thread's at a time
    (kg serve checks in threads): another's what-ifs meanwhile get new stores."""
    global _what_if_owner, _what_if, _what_if_members
    if not _what_if_lock.acquire(blocking=False):
        yield
        return
    _what_if_owner = threading.get_ident()
    try:
        yield
    finally:
        _what_if_owner = None
        _what_if = None
        _what_if_members = None
        _take_validated([])  # let go of the validated store too
        _what_if_lock.release()


def _store_of(graphs: list[Graph], keep: bool) -> ox.Store:
    """A store with the vocabulary and ``graphs``: a new one, or (``keep``) the one the
    last what-if of the same graphs ran on (:func:`one_what_if_store`), or the one they
    were validated on (:data:`_validated`)."""
    global _what_if
    if keep and _what_if is not None and len(_what_if[0]) == len(graphs) and \
            all(g is kept for g, kept in zip(graphs, _what_if[0])):
        return _what_if[1]
    store = _take_validated(graphs) if keep else None
    if store is None:
        store = _new_store()
        for graph in graphs:
            store.bulk_extend(_quads_of(graph))
    if keep:
        _what_if = (graphs, store)
    return store


class _Shapes:
    """The shapes graph, to be made (:func:`run_checks`) only where a row is not an
    explain row of claimgraph's own SPARQL constraints (which need none of it): a check
    without one (the paper's) makes no shapes graph."""


class _WithVocabulary:
    """The vocabulary and ``graphs`` as one read-only graph, made when a result's terms are
    first looked up in it: a check whose results need none parses no vocabulary."""

    def __init__(self, graphs: list[Graph]) -> None:
        self._graphs = graphs
        self._graph: ReadOnlyGraphAggregate | None = None

    def __getattr__(self, name: str):
        if self._graph is None:
            self._graph = ReadOnlyGraphAggregate([vocabulary_graph(), *self._graphs])
        return getattr(self._graph, name)


def _about(store: ox.Store, checks: list[CompiledCheck],
           focus: Iterable[Node], edited: Iterable[ox.NamedNode] = ()
           ) -> list[CompiledCheck]:
    """The arithmetic and calendar checks that can report on a node of ``focus``.

    Such a check's query is its root shape's target pattern joined in front of the
    constraint (:func:`~kg.check.compile.wrap_in_target`): each row's ``?this`` is one of
    the shape's focus nodes in ``store``.  A check none of whose focus nodes is in
    ``focus`` (an ASK of the same target pattern with ``?this`` given) has no row about
    them, so leaving it out changes no row of theirs; the others run unchanged.  In a
    what-if of the paper, 22 checks became 4 to 15 (the what-ifs took 0.2 s of a cold
    check).

    On the store the what-ifs of a diagnosis share (:func:`one_what_if_store`), a
    pattern's focus nodes are asked once (:func:`_members`), not once a what-if: a
    what-if's ``edited`` properties (a figure's value and bounds) are none that a target
    pattern follows, and where one is, the store is asked as it stands."""
    nodes = sorted(set(focus), key=str)
    try:
        written = [str(ox.NamedNode(n)) for n in nodes if isinstance(n, URIRef)]
    except ValueError:
        return checks  # not an IRI a query can hold
    if len(written) != len(nodes):
        return checks  # a blank node cannot be written in a query
    if not nodes:
        return []
    values = f"VALUES ?this {{ {' '.join(written)} }}"
    asked = {ox.NamedNode(n) for n in nodes}
    edited = list(edited)
    kept = []
    for check in checks:
        targets = _target_of(check.root)
        if targets is None:
            kept.append(check)
            continue
        members = _members(store, targets, edited)
        if members is None:
            about = bool(store.query(f"ASK {{ {values} {{ {targets} }} }}"))
        else:
            about = not members.isdisjoint(asked)
        if about:
            kept.append(check)
    return kept


def _targeted(store: ox.Store, checks: list[CompiledCheck]) -> list[CompiledCheck]:
    """The checks whose root shape has a focus node in ``store``.

    Every check's query joins its root shape's target pattern in front
    (:func:`~kg.check.compile.wrap_in_target`, and the Core and pre-bound checks of
    :func:`~kg.check.compile.compile_shapes` alike), so a check whose pattern matches
    nothing in the store has no row: SHACL reports nothing of a shape without a focus
    node.  Each distinct pattern is asked once (an ASK), not each check's query run: in
    the paper's check, 84 of 247 queries were of shapes none of whose targets the
    document has (about 10 ms a document, issue 32); the 27 patterns take about 1 ms.
    Used by the full validation only: a what-if's checks are narrowed by its focus
    (:func:`_about`) instead."""
    has: dict[str, bool] = {}
    kept = []
    for check in checks:
        targets = _target_of(check.root)
        if targets is not None:
            found = has.get(targets)
            if found is None:
                found = has[targets] = bool(store.query(f"ASK {{ {targets} }}"))
            if not found:
                continue
        kept.append(check)
    return kept


#: the focus nodes of each target pattern (:func:`_about`) in the store of
#: :data:`_what_if`, while it is kept
_what_if_members: tuple[ox.Store, dict[str, frozenset]] | None = None

#: what a class target (``?this a/rdfs:subClassOf* C``) follows besides the IRIs it names
_CLASS_PATH = (ox.NamedNode(str(RDF.type)), ox.NamedNode(str(RDFS.subClassOf)))


def _members(store: ox.Store, targets: str, edited: list[ox.NamedNode]) -> frozenset | None:
    """The focus nodes of ``targets`` in ``store``, kept for the store of the what-ifs
    (:data:`_what_if`) if no ``edited`` property is one the pattern follows; else None."""
    global _what_if_members
    if _what_if is None or _what_if[1] is not store or any(
            p in _CLASS_PATH or f"<{p.value}>" in targets for p in edited):
        return None
    if _what_if_members is None or _what_if_members[0] is not store:
        _what_if_members = (store, {})
    found = _what_if_members[1].get(targets)
    if found is None:
        found = _what_if_members[1][targets] = frozenset(
            row["this"] for row in store.query(f"SELECT DISTINCT ?this {{ {targets} }}"))
    return found


@cache
def _target_of(root: Node) -> str | None:
    """The target pattern claimgraph's checks of ``root`` are joined to (as kept with the
    compiled checks: no shapes graph made for it, :mod:`kg.check.kept`)."""
    from kg.check.kept import kept

    found = kept()
    if found is not None and root in found[2]["targets"]:
        return found[2]["targets"][root]
    return target_pattern(shapes_graph(), root)


def _replace_values(store: ox.Store, subject, prop, values: list) -> None:
    for old in list(store.quads_for_pattern(subject, prop, None, DEFAULT)):
        store.remove(old)
    for value in values:
        store.add(ox.Quad(subject, prop, value, DEFAULT))


#: what a query runs through before the store runs it: (text, where) -> the text to run
Guard = Callable[[str, str], str]


def run_checks(store: ox.Store, checks: Iterable[CompiledCheck],
               data: Graph | None = None, shapes: Graph | None = None,
               guard: Guard | None = None) -> tuple[list[ShaclResult], Explained]:
    """Each check's results from ``store``.  Given ``data`` (the graph loaded), reported
    values are the data's own terms: the store canonicalises literals ("4.0" becomes
    "4", an xsd:byte an xsd:integer), and sh:datatype is decided on the data's term.
    Given ``guard`` (a user's shapes), every query text, pre-bound ones included, is run
    as the guard hands it on."""
    results: list[ShaclResult] = []
    explained: Explained = {}
    for check in checks:
        for row in _rows(store, check, guard):
            if isinstance(shapes, _Shapes) and not check.explainable:
                shapes = shapes_graph()  # a Core result's message or value may read it
            if data is not None and not check.explainable:
                row = _originals(row, check, data, shapes)
                if check.datatype is not None and _has_datatype(row.get("value"),
                                                                 check.datatype):
                    continue
            result = _result(check, row, explained, shapes)
            if result is not None:
                results.append(result)
    results.sort(key=lambda r: (str(r.focus), r.kind, r.message))
    return results, explained


def _rows(store: ox.Store, check: CompiledCheck,
          guard: Guard | None = None) -> Iterator[dict[str, Node]]:
    where = f"shape {check.root if isinstance(check.shape, BNode) else check.shape}"
    query = guard(check.query, where) if guard is not None else check.query
    rows = store.query(query)
    variables = [v.value for v in rows.variables]
    if check.template is None:
        for solution in rows:
            yield {v: to_rdflib(solution[v]) for v in variables if solution[v] is not None}
        return
    # read before the pre-bound queries run on the same store
    solutions = [{v: solution[v] for v in variables if solution[v] is not None}
                 for solution in rows]
    if guard is not None:
        # the template, once: pre-binding writes in only terms the store holds (an IRI it
        # validated, a literal in its escaped N-Triples form), each one token that adds
        # nothing the guard refuses; guarding each focus node's text re-parsed the query
        # with rdflib's parser, 0.4 s a focus node
        guard(check.template, where)
    for solution in solutions:
        focus = solution["this"]
        bound = {"this": focus, **({"value": solution["value"]} if check.ask else {})}
        text, substitutions = _prebound(check.template, bound)
        answer = store.query(text, substitutions=substitutions)
        if check.ask:
            if not answer:
                yield {"this": to_rdflib(focus), "value": to_rdflib(solution["value"])}
            continue
        names = [v.value for v in answer.variables]
        for found in answer:
            row = {v: to_rdflib(found[v]) for v in names if found[v] is not None}
            row["this"] = to_rdflib(focus)
            if "value" not in row and check.node_shape:
                row["value"] = row["this"]
            yield row


def _prebound(template: str, bound: dict[str, ox.Term]) -> tuple[str, dict]:
    """The template pre-bound to ``bound``: constants written into the text (so that
    subqueries see them), blank nodes, which a query cannot name, as substitutions."""
    written = {name: str(t) for name, t in bound.items() if not isinstance(t, ox.BlankNode)}
    text = prebind(template, written)
    blanks = {ox.Variable(name): t for name, t in bound.items() if isinstance(t, ox.BlankNode)}
    for name in blanks:
        text = re.sub(rf"\$({name.value})\b", r"?\1", text)
    return text, blanks


def _has_datatype(value: Node | None, datatype: URIRef) -> bool:
    """sh:datatype (4.2.2) on the data's own term: of that datatype and well-formed."""
    if not isinstance(value, Literal):
        return False
    if value.language:
        return datatype == RDF.langString
    return (value.datatype or XSD.string) == datatype and not value.ill_typed


def _originals(row: dict[str, Node], check: CompiledCheck, data: Graph,
               shapes: Graph | None) -> dict[str, Node]:
    """``row`` with the focus node and value as the data writes them."""
    focus = row.get("this")
    if isinstance(focus, Literal):
        candidates = list(shapes.objects(check.root, SH.targetNode)) if shapes is not None \
            else []
        row["this"] = focus = _match(focus, candidates or data.objects())
    value = row.get("value")
    if isinstance(value, Literal):
        if value == row.get("this") or check.path is None and check.template is None:
            candidates = [focus]
        elif "path" in row:
            candidates = list(data.objects(focus, row["path"]))
        elif check.path is not None and shapes is not None:
            candidates = list(data.objects(focus, parse_shacl_path(shapes, check.path)))
        else:
            candidates = list(data.objects(focus))
        row["value"] = _match(value, candidates)
    return row


def _match(term: Literal, candidates: Iterable[Node]) -> Node:
    """The candidate the store turned into ``term``: itself, else one of equal value."""
    candidates = list(candidates)
    same_value = []
    for c in candidates:
        if c == term:
            return c
        if isinstance(c, Literal) and str(c) == str(term) and not c.language and \
                (c.value is None or type(c.value) is type(term.value)):
            # the store dropped a derived datatype (xsd:byte), not another one's value
            # ("1"^^xsd:boolean is no integer 1)
            same_value.append(c)
            continue
        if isinstance(c, Literal) and not c.ill_typed and c.value is not None and \
                not c.language and c.value == term.value and type(c.value) is type(term.value):
            same_value.append(c)
    if same_value:
        return min(same_value, key=lambda c: (str(c.datatype), str(c)))
    # an ill-formed literal the store read its own way ("none"^^xsd:boolean as false)
    same_type = [c for c in candidates if isinstance(c, Literal) and c.ill_typed
                 and c.datatype == term.datatype]
    return same_type[0] if len(same_type) == 1 else term


def stored_forms(literals: Iterable[Literal]) -> dict[Literal, Literal]:
    """Each literal as Oxigraph's store holds it: the store canonicalises a literal of a
    type it knows as it loads it ("1.00"^^xsd:decimal is "1", "01"^^xsd:integer "1",
    "1"^^xsd:byte an xsd:integer, "1"^^xsd:boolean "true").

    >>> from rdflib.namespace import XSD
    >>> str(stored_forms([Literal("1.00", datatype=XSD.decimal)])[Literal("1.00", datatype=XSD.decimal)])
    '1'
    """
    literals = list(dict.fromkeys(literals))
    store = ox.Store()
    subject = ox.NamedNode("urn:claimgraph:literal")
    store.extend(ox.Quad(subject, ox.NamedNode(f"urn:claimgraph:literal:{i}"), to_oxigraph(lit))
                 for i, lit in enumerate(literals))
    out = {}
    for quad in store:
        index = int(quad.predicate.value.rsplit(":", 1)[1])
        out[literals[index]] = to_rdflib(quad.object)
    return out


def validate_shacl(data: Graph, shapes: Graph) -> list[ShaclResult]:
    """Any shapes over any data with the fast engine: the results pySHACL would report.

    >>> from rdflib import Graph
    >>> shapes = Graph().parse(data='''@prefix sh: <http://www.w3.org/ns/shacl#> .
    ... <urn:S> sh:targetNode <urn:n> ; sh:property [ sh:path <urn:p> ; sh:minCount 1 ] .
    ... ''', format="turtle")
    >>> [str(r.component).split("#")[1] for r in validate_shacl(Graph(), shapes)]
    ['MinCountConstraintComponent']
    """
    store = ox.Store()
    store.bulk_extend(quads(data))
    checks = compile_shapes(shapes)
    if any(SHAPES_GRAPH in (c.template or "") for c in checks):
        graph = ox.NamedNode(SHAPES_GRAPH)
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, graph)
                          for q in quads(shapes) if q.graph_name == DEFAULT)
    results, _ = run_checks(store, checks, data, shapes, guard=guard_query)
    return results


def _result(check: CompiledCheck, row: dict[str, Node], explained: Explained,
            shapes: Graph | None = None) -> ShaclResult | None:
    focus = row["this"]
    constraint = check.constraint
    if constraint is None:
        message = core_message(check.shape, check.component, shapes)
        return ShaclResult(focus, check.severity, check.kind, check.shape, None, message,
                           row.get("value"), row.get("path", check.path), check.component_iri)
    if not isinstance(constraint, SparqlConstraint):  # pre-bound
        path = row.get("path")
        return ShaclResult(focus, check.severity, check.kind, check.shape, constraint,
                           render_message(check.message, row) if check.message else
                           "constraint not met", row.get("value"),
                           path if isinstance(path, URIRef) else check.path,
                           check.component_iri)
    if constraint.explainable:
        explained[(constraint.node, focus)] = row
        holds = row.get("holds")
        if holds is None or holds.toPython():
            return None
    message = render_message(constraint.message, row) if constraint.message else \
        "constraint not met"
    return ShaclResult(focus, check.severity, check.kind, check.shape, constraint.node,
                       message, row.get("value"), None, check.component_iri)
