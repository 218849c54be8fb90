"""Any SHACL shapes over any RDF data (``kg shacl``): a newsroom's house rules, a review
team's constraints, run by either engine, reported as SHACL's own validation report.

>>> from rdflib import Graph
>>> shapes = Graph().parse(data='''@prefix sh: <http://www.w3.org/ns/shacl#> .
... <urn:S> sh:targetNode <urn:n> ; sh:property [ sh:path <urn:p> ; sh:minCount 1 ] .
... ''', format="turtle")
>>> report = report_graph(validate(Graph(), shapes), shapes)
>>> [c.toPython() for c in report.objects(None, SH.conforms)]
[False]
"""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.check.compile import CompileError
from kg.check.engine import ShaclResult
from kg.corpus import quiet_rdflib
from kg.namespaces import SH
from kg.problems import InputError, Problem, display_path

SEVERITY_IRI = {"violation": SH.Violation, "warning": SH.Warning, "info": SH.Info}


def read_rdf(path: Path, into: Graph | None = None) -> Graph:
    """An RDF file (format from its suffix) into ``into``, each literal as written (rdflib
    would rewrite "1"^^xsd:boolean as true and an ill-typed literal its own way, and
    SHACL validates the data's own terms); a file that does not parse is an
    :class:`InputError` naming it and, where the parser says, the line."""
    import rdflib
    from rdflib.plugins.parsers.notation3 import BadSyntax
    from rdflib.util import guess_format

    from kg.corpus import bad_syntax_reason

    from kg.jsonld import ContextRefused, inline_contexts_only

    graph = into if into is not None else Graph()
    fmt = guess_format(str(path)) or "turtle"
    normalize = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False  # read by each Literal the parser makes
    try:
        with quiet_rdflib(), inline_contexts_only():
            graph.parse(path, format=fmt)
    except ContextRefused as exc:
        raise InputError(Problem(display_path(path), 0, f"the JSON-LD @context {exc.url} is "
                                 "not loaded: contexts are never fetched or read from files",
                                 "write the context into the file")) from None
    except BadSyntax as exc:
        raise InputError(Problem(display_path(path), exc.lines + 1,
                                 f"{fmt} syntax error: {bad_syntax_reason(exc)}")) from None
    except UnicodeDecodeError as exc:
        raise InputError(Problem(display_path(path), 1, f"not UTF-8 text ({exc.reason})")) \
            from None
    except Exception as exc:  # rdflib's parsers raise several types for malformed input
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(Problem(display_path(path), 0, f"not valid {fmt}: {first}")) from None
    finally:
        rdflib.NORMALIZE_LITERALS = normalize
    return graph


_PREFIX = re.compile(r"(?im)^\s*@?prefix\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>")


def _term_lines(text: str, iri: str) -> list[int]:
    """The lines of Turtle-like ``text`` that write ``iri`` as a token (its full form or a
    prefixed name the text declares).  A comment that names the term counts too: a line
    too many is better than a warning with none."""
    forms = [f"<{iri}>"] + [f"{prefix or ''}:{iri[len(ns):]}"
                            for prefix, ns in _PREFIX.findall(text)
                            if iri.startswith(ns) and len(iri) > len(ns)]
    # a form ends at a delimiter, so "sh:message" is not found inside "sh:message:"
    token = re.compile(r"(?<![\w:<])(?:" + "|".join(map(re.escape, forms))
                       + r")(?=[\s;,\[\]()]|$)")
    return [n for n, line in enumerate(text.splitlines(), 1) if token.search(line)]


def ignored_term_warnings(shapes_files: list[Path], shapes: Graph) -> list[str]:
    """One line for each triple of the shapes that SHACL does not read (a typo such as
    ``sh:message:``, an ``sh:rule``), naming the file and line where it is written, in the
    files' order: ``warning: house.ttl:12: sh:message: is no SHACL term; ignored``."""
    from collections import Counter

    from kg.check.compile import ignored_terms
    from kg.namespaces import compact_iri

    counts = Counter(predicate for _, predicate in ignored_terms(shapes))
    if not counts:
        return []
    texts: list[str] = []
    for path in shapes_files:
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):  # not text (an RDF/XML or binary file): no line
            texts.append("")
    found: list[tuple[int, int, str]] = []
    unplaced: list[str] = []
    for predicate, count in counts.items():
        name = compact_iri(str(predicate))
        places = [(i, n) for i, text in enumerate(texts)
                  for n in _term_lines(text, str(predicate))]
        found += [(i, n, f"warning: {display_path(shapes_files[i])}:{n}: {name} is no SHACL "
                         "term; ignored") for i, n in places]
        if not places:
            times = f" ({count} times)" if count > 1 else ""
            unplaced.append(f"warning: {', '.join(map(display_path, shapes_files))}: {name} "
                            f"is no SHACL term{times}; ignored")
    return [line for _, _, line in sorted(found)] + sorted(unplaced)


def validate(data: Graph, shapes: Graph, engine: str = "oxigraph") -> list[ShaclResult]:
    """The validation results of ``shapes`` over ``data``; shapes the spec says a
    processor must refuse, and queries the guard refuses (:mod:`kg.check.guarded`), raise
    :class:`~kg.check.compile.ShapeError`, in one line.  Run it in :func:`run`'s sandbox:
    a user's shapes may take any time and memory."""
    if engine == "oxigraph":
        from kg.check.oxigraph import validate_shacl
        return validate_shacl(data, shapes)
    from pyshacl.errors import ReportableRuntimeError

    from kg.check.compile import ShapeError, compile_shapes
    from kg.check.engine import validate as pyshacl_validate
    from kg.check.guarded import guarded_rdflib
    try:
        compile_shapes(shapes)  # the spec's refusals and the guard's, as the fast engine's
    except ShapeError:
        raise
    except CompileError:
        pass  # beyond the fast engine, not wrong: pySHACL may run it
    with guarded_rdflib() as refusals:
        try:
            # the guard reads each query's text, so pySHACL parses it each time
            results = pyshacl_validate(data, shapes, parse_once=False, sparql_paths=True,
                                        lenient=False)
        except ShapeError:
            raise
        except ReportableRuntimeError as exc:  # its load errors and SERVICE refusal included
            raise ShapeError(f"pySHACL refuses the shapes: {_first_line(exc.message)}") \
                from None
        except (NotImplementedError, ValueError, SyntaxError, LookupError) as exc:
            # $shapesGraph, a query rdflib cannot evaluate, ...
            raise ShapeError(f"pySHACL cannot run the shapes: {_first_line(str(exc))}") \
                from None
    if refusals:  # refused, and the exception caught on its way out of pySHACL
        raise refusals[0]
    return results


def _first_line(text: str) -> str:
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    return lines[0] if lines else "(no message)"


def report_graph(results: list[ShaclResult], shapes: Graph,
                 data: Graph | None = None) -> Graph:
    """SHACL's validation report (3.6): sh:conforms, true only when there is no result
    of any severity (3.6.1.1), and one sh:result per result with every property 3.6.2
    defines.  A blank node the report names (a focus node or value of ``data``, a shape
    or SPARQL constraint of ``shapes``) comes with its description, so a reader can tell
    which it is; each result's path is written afresh from its structure (2.3.1), as the
    engine read it."""
    report = Graph()
    report.bind("sh", SH)
    node = BNode()
    report.add((node, RDF.type, SH.ValidationReport))
    report.add((node, SH.conforms, Literal(not results)))
    for r in results:
        result = BNode()
        report.add((node, SH.result, result))
        report.add((result, RDF.type, SH.ValidationResult))
        report.add((result, SH.focusNode, r.focus))
        report.add((result, SH.resultSeverity, SEVERITY_IRI.get(r.severity, URIRef(r.severity))))
        report.add((result, SH.resultMessage, Literal(r.message)))
        if r.component is not None:
            report.add((result, SH.sourceConstraintComponent, r.component))
        if r.shape is not None:
            report.add((result, SH.sourceShape, r.shape))
            _copy(shapes, r.shape, report)
        # only a SPARQL-based constraint has one (3.6.2.6); a component's validator is not
        if r.component == SH.SPARQLConstraintComponent and \
                isinstance(r.constraint, (URIRef, BNode)):
            report.add((result, SH.sourceConstraint, r.constraint))
            _copy(shapes, r.constraint, report)
        if r.value is not None:
            report.add((result, SH.value, r.value))
        if r.path is not None:
            report.add((result, SH.resultPath, _fresh_path(shapes, r.path, report)))
        if data is not None:
            _copy(data, r.focus, report)
            if r.value is not None:
                _copy(data, r.value, report)
    return report


def _bare(literal: Literal) -> bool:
    """Whether ``literal`` may be written bare: its lexical form is in the Turtle grammar's
    bare form for its datatype (INTEGER, DECIMAL, BooleanLiteral) and a reader that turns
    bare numbers into values (rdflib does) writes it back the same."""
    from decimal import Decimal
    text = str(literal)
    if literal.datatype == XSD.boolean:
        return text in ("true", "false")
    if literal.datatype == XSD.integer:
        return re.fullmatch(r"-?[0-9]+", text) is not None and str(int(text)) == text
    if literal.datatype == XSD.decimal:
        return re.fullmatch(r"-?[0-9]*\.[0-9]+", text) is not None and \
            str(Decimal(text)) == text and text != "-0.0"
    return False  # xsd:double: rdflib would write 1e+00 and read "1.0E0" as 1.0


def report_turtle(report: Graph) -> str:
    """``report`` as Turtle that reads back term for term: rdflib writes a number or
    boolean bare in its own canonical form ("1"^^xsd:boolean as 1, an integer, and
    "1.0E0"^^xsd:double as 1e+00), so a literal is written bare only where that is
    exactly its own term (:func:`_bare`)."""
    from io import BytesIO

    from rdflib.plugins.serializers.turtle import TurtleSerializer

    class Exact(TurtleSerializer):
        def label(self, node: Node, position: int) -> str:
            if isinstance(node, Literal) and node.datatype in (
                    XSD.boolean, XSD.integer, XSD.decimal, XSD.double) and not _bare(node):
                return node._literal_n3(use_plain=False, qname_callback=self.getQName)
            return super().label(node, position)

    out = BytesIO()
    Exact(report).serialize(out, encoding="utf-8")
    return out.getvalue().decode("utf-8")


def _fresh_path(shapes: Graph, path: Node, report: Graph) -> Node:
    """``path`` as SHACL reads it (a list is a sequence path, whatever else the node
    says), written into ``report`` with blank nodes of its own."""
    from rdflib.extras.shacl import build_shacl_path, parse_shacl_path
    if not isinstance(path, BNode):
        return path
    try:
        parsed = parse_shacl_path(shapes, path)
    except Exception:  # not a path rdflib reads (the engine refused or read it its way)
        _copy(shapes, path, report)
        return path
    written, _ = build_shacl_path(parsed, report)
    return written


def _copy(source: Graph, node: Node, target: Graph) -> None:
    """A blank node's description, and those of the blank nodes it names, into
    ``target``."""
    todo, seen = [node], set()
    while todo:
        n = todo.pop()
        if not isinstance(n, BNode) or n in seen:
            continue
        seen.add(n)
        for p, o in source.predicate_objects(n):
            target.add((n, p, o))
            todo.append(o)


#: Core parameters whose answer depends on a value node's term (its lexical form or
#: datatype), not only on its value
_TERM_PARAMETERS = (SH.pattern, SH.minLength, SH.maxLength, SH["in"], SH.hasValue, SH.equals,
                    SH.disjoint, SH.languageIn)


def rewritten_literals(data: Graph, shapes: Graph) -> list[tuple[Literal, Literal]]:
    """Literals (as written, as the fast engine's store would hold them) whose rewriting a
    validation of ``data`` by ``shapes`` could see: two distinct terms the store would hold
    as one (every count, disjointness and list of focus nodes sees them as one), or a term
    it would rewrite where a constraint reads terms (``sh:pattern``, ``sh:in``,
    ``sh:hasValue``, ...: on the predicates their paths end in, anywhere for other paths
    and node shapes) or where the shapes name it (``sh:targetNode``, ``sh:hasValue``,
    ``sh:in``).  Empty when the store holds every term the validation sees as written.

    >>> from rdflib.namespace import XSD
    >>> data = Graph().parse(format="turtle", data="<urn:a> <urn:p> 1.0, 1.00 .")
    >>> [(str(a), str(b)) for a, b in rewritten_literals(data, Graph())]
    [('1.0', '1'), ('1.00', '1')]
    """
    from collections import defaultdict

    from rdflib.collection import Collection

    from kg.check.oxigraph import stored_forms

    named = [o for p in (SH.targetNode, SH.hasValue) for o in shapes.objects(None, p)]
    for members in shapes.objects(None, SH["in"]):
        named += list(Collection(shapes, members))
    named = [n for n in named if isinstance(n, Literal)]
    in_data = {o for o in data.objects() if isinstance(o, Literal)}
    forms = stored_forms(sorted(in_data | set(named), key=lambda t: (str(t.datatype), str(t))))

    def key(form: Literal) -> tuple:  # a language tag's case is no part of the term
        return str(form), str(form.datatype), (form.language or "").lower()

    # two terms held as one matter where a validation can meet both: as values of one node
    # (counts, sh:disjoint, sh:equals), as the values a complex path ends in or the focus
    # nodes sh:targetObjectsOf takes (objects of one predicate, from any node), as terms the
    # shapes name
    groups: dict[object, dict[tuple, set[Literal]]] = defaultdict(lambda: defaultdict(set))
    gathered = {p for p in shapes.objects(None, SH.targetObjectsOf)}
    for shape, path in shapes.subject_objects(SH.path):
        if not isinstance(path, URIRef):
            ends = _path_ends(shapes, path)
            gathered |= ends if ends is not None else {None}
    for s_, p, o in data:
        if o in forms:
            groups[("node", s_)][key(forms[o])].add(o)
            if p in gathered or None in gathered:
                groups[("predicate", p if None not in gathered else None)][key(forms[o])].add(o)
    for n in named:
        groups[("named",)][key(forms[n])].add(n)
    merged = sorted({w for by_form in groups.values() for group in by_form.values()
                     if len(group) > 1 for w in group}, key=lambda t: (len(t), str(t)))
    named_forms = {key(forms[n]) for n in named}
    merged += sorted({o for o in in_data if key(forms[o]) in named_forms and o not in named},
                     key=lambda t: (len(t), str(t)))
    if merged:
        return [(w, forms[w]) for w in merged]
    changed = {w: f for w, f in forms.items() if key(f) != key(w)}
    if not changed:
        return []
    predicates: set[Node] = set()
    anywhere = focus_read = False
    for parameter in _TERM_PARAMETERS:
        for shape, value in shapes.subject_objects(parameter):
            if parameter in (SH.equals, SH.disjoint):
                predicates.add(value)
            path = shapes.value(shape, SH.path)
            focus_read |= path is None  # a node shape reads its focus node's term
            ends = _path_ends(shapes, path) if path is not None else None
            if ends is None:
                anywhere = True
            else:
                predicates |= ends
    if focus_read and any(n in changed for n in named):
        return [(n, changed[n]) for n in named if n in changed]
    return sorted({(o, changed[o]) for _, p, o in data if o in changed
                   and (anywhere or p in predicates)}, key=lambda t: str(t[0]))


def _n3(literal: Literal) -> str:
    from kg.namespaces import compact_iri
    return f'"{literal}"' + (f"^^{compact_iri(str(literal.datatype))}" if literal.datatype else "")


def _path_ends(shapes: Graph, path: Node) -> set[Node] | None:
    """The predicates whose objects a path's values are (none for an inverse path: its
    values are subjects, never literals); None where they cannot be told so simply."""
    from rdflib.collection import Collection
    if isinstance(path, URIRef):
        return {path}
    if shapes.value(path, SH.inversePath) is not None:
        return set()
    alternatives = shapes.value(path, SH.alternativePath)
    if alternatives is not None:
        ends: set[Node] = set()
        for step in Collection(shapes, alternatives):
            found = _path_ends(shapes, step)
            if found is None:
                return None
            ends |= found
        return ends
    if shapes.value(path, RDF.first) is not None:  # a sequence: the values of its last step
        steps = list(Collection(shapes, path))
        return _path_ends(shapes, steps[-1]) if steps else None
    return None


def run(shapes_files: list[Path], data: Graph, engine: str, *,
        timeout: float | None = None, memory_mb: int | None = None,
        notes: list[str] | None = None) -> tuple[list[ShaclResult], Graph]:
    """``kg shacl``'s work: the results and the shapes graph they name.  The validation runs
    in :mod:`kg.sparql.sandbox`'s child process (no network where Linux allows it, within
    ``timeout`` seconds and ``memory_mb`` MB); shapes the spec or the query guard refuses,
    and a validation stopped at a limit, are an :class:`InputError` naming the files.

    The fast engine's store would hold some literals as other terms (:func:`rewritten_literals`):
    where the validation could see it, pySHACL, which keeps every term as written, runs
    instead, and ``notes`` gets a line saying so."""
    from kg.sparql.guard import QueryError
    from kg.sparql.sandbox import run_isolated
    from kg.store import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT

    shapes = Graph()
    for path in shapes_files:
        read_rdf(path, shapes)
    timeout = timeout or DEFAULT_TIMEOUT
    memory_mb = memory_mb or DEFAULT_MEMORY_MB
    if engine == "oxigraph":
        with quiet_rdflib():  # an ill-formed literal warns as the store's form is read
            rewritten = rewritten_literals(data, shapes)
        if rewritten:
            engine = "pyshacl"
            shown = ", ".join(f"{_n3(written)} as {_n3(held)}" for written, held in rewritten[:2])
            more = f" and {len(rewritten) - 2} more" if len(rewritten) > 2 else ""
            if notes is not None:
                notes.append(f"the fast engine's store would hold {shown}{more}, which these "
                             "shapes can tell apart: validated with pySHACL, which keeps "
                             "every term as written")

    def work() -> list:
        try:
            with quiet_rdflib():
                return [_plain(r) for r in validate(data, shapes, engine)]
        except CompileError as exc:
            raise QueryError(_first_line(str(exc)), 422) from None
        except (MemoryError, QueryError):
            raise
        except Exception as exc:  # the engine's own failure: one line, never a traceback
            raise QueryError(f"the {engine} engine failed: {type(exc).__name__}: "
                             f"{_first_line(str(exc))}", 500) from None

    names = ", ".join(display_path(p) for p in shapes_files)
    try:
        with quiet_rdflib():  # an ill-formed literal warns again when it is unpickled
            plain = run_isolated(work, timeout=timeout, memory_mb=memory_mb)
            return [_result(r) for r in plain], shapes
    except QueryError as exc:
        stopped = exc.message.startswith("stopped:")
        hint = ("raise --timeout" if "time limit" in exc.message else
                "raise --max-memory" if "memory" in exc.message else None) if stopped else None
        message = f"validation {exc.message}" if stopped else exc.message
        raise InputError(Problem(names, 0, message, hint)) from None


# The child hands its results back as data (kg.sparql.sandbox never unpickles): each term
# as its kind and lexical parts, so a literal comes back exactly as the report had it and
# a blank node with the identity it has in the shapes graph both processes share.

def _term(node: Node | None) -> list | None:
    if node is None:
        return None
    if not isinstance(node, (URIRef, BNode, Literal)):
        return ["text", str(node)]  # a constraint named by its text, not a node
    if isinstance(node, Literal):
        return ["literal", str(node), str(node.datatype) if node.datatype else None,
                node.language]
    return ["bnode" if isinstance(node, BNode) else "iri", str(node)]


def _node(data: list | None) -> Node | None:
    if data is None:
        return None
    if data[0] == "text":
        return data[1]
    if data[0] == "literal":
        return Literal(data[1], lang=data[3], datatype=URIRef(data[2]) if data[2] else None,
                       normalize=False)
    return BNode(data[1]) if data[0] == "bnode" else URIRef(data[1])


def _plain(r: ShaclResult) -> list:
    return [_term(r.focus), r.severity, r.kind, _term(r.shape), _term(r.constraint), r.message,
            _term(r.value), _term(r.path), _term(r.component)]


def _result(data: list) -> ShaclResult:
    focus, severity, kind, shape, constraint, message, value, path, component = data
    return ShaclResult(_node(focus), severity, kind, _node(shape),
                       _node(constraint), message, _node(value), _node(path), _node(component))
