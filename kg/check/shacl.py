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

from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.check.compile import CompileError
from kg.check.engine import ShaclResult
from kg.corpus import quiet_rdflib
from kg.namespaces import SH
from kg.problems import InputError, Problem, display_path

SEVERITY_IRI = {"violation": SH.Violation, "warning": SH.Warning, "info": SH.Info}


def read_rdf(path: Path, into: Graph | None = None) -> Graph:
    """An RDF file (format from its suffix) into ``into``; a file that does not parse is
    an :class:`InputError` naming it and, where the parser says, the line."""
    from rdflib.plugins.parsers.notation3 import BadSyntax
    from rdflib.util import guess_format

    from kg.corpus import bad_syntax_reason

    from kg.jsonld import ContextRefused, inline_contexts_only

    graph = into if into is not None else Graph()
    fmt = guess_format(str(path)) or "turtle"
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
    return graph


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
            results = pyshacl_validate(data, shapes, parse_once=False)
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


def report_graph(results: list[ShaclResult], shapes: Graph) -> Graph:
    """SHACL's validation report (3.6): sh:conforms and one sh:result per result."""
    report = Graph()
    report.bind("sh", SH)
    node = BNode()
    report.add((node, RDF.type, SH.ValidationReport))
    conforms = not any(r.severity == "violation" for r in results)
    report.add((node, SH.conforms, Literal(conforms)))
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
            _copy(shapes, r.shape, report, shallow=True)
        if r.constraint is not None and not isinstance(r.constraint, str):
            report.add((result, SH.sourceConstraint, r.constraint))
        if r.value is not None:
            report.add((result, SH.value, r.value))
        if r.path is not None:
            report.add((result, SH.resultPath, r.path))
            _copy(shapes, r.path, report)
    return report


def _copy(source: Graph, node: Node, target: Graph, shallow: bool = False) -> None:
    """A blank node's description (a path, a property shape's path) into ``target``."""
    if not isinstance(node, BNode):
        return
    for p, o in source.predicate_objects(node):
        if shallow and p != SH.path:
            continue
        target.add((node, p, o))
        _copy(source, o, target)


def run(shapes_files: list[Path], data: Graph, engine: str, *,
        timeout: float | None = None,
        memory_mb: int | None = None) -> tuple[list[ShaclResult], Graph]:
    """``kg shacl``'s work: the results and the shapes graph they name.  The validation runs
    in :mod:`kg.sparql.sandbox`'s child process (no network where Linux allows it, within
    ``timeout`` seconds and ``memory_mb`` MB); shapes the spec or the query guard refuses,
    and a validation stopped at a limit, are an :class:`InputError` naming the files."""
    from kg.sparql.guard import QueryError
    from kg.sparql.sandbox import run_isolated
    from kg.store import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT

    shapes = Graph()
    for path in shapes_files:
        read_rdf(path, shapes)
    timeout = timeout or DEFAULT_TIMEOUT
    memory_mb = memory_mb or DEFAULT_MEMORY_MB

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
