"""claimgraph's shapes indexed and compiled to queries, kept beside the code (issue 32).

Indexing the shapes (:func:`kg.check.shapes.shape_index`) and compiling them to queries
(:func:`kg.check.compile.compiled_checks`) took about 0.05 s of every cold check, for the
same result each time.  Both are kept in :data:`KEPT` with a digest of what they were made
of: the shape files, the code that reads and compiles them, and rdflib's version (its
parser numbers the blank nodes).  They are used only where the digest matches; otherwise
the shapes are indexed and compiled as before.  ``python -m kg.vocab`` writes the file
again (with kg/vocabulary-readings.json).

Data only (JSON): nothing in it is run.  A blank node keeps its label, which the shapes
graph gives it again in every process (:func:`kg.vocab._parse_all`), so a kept check's
shape or path is the shapes graph's node.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import BNode, Literal, URIRef

KG = Path(__file__).resolve().parent.parent
#: the kept index and checks
KEPT = KG / "compiled-shapes.json"
#: the shapes graph itself: its prefixes, and its triples in the order the parser added
#: them (parsing the shape files with rdflib's Turtle parser took about 0.03 s of every
#: cold check; adding the kept triples again about 0.008 s), with the same digest
KEPT_GRAPH = KG / "shapes-graph.json"
#: the layout of :data:`KEPT` and the code that takes it; a change to either bumps it
KEPT_FORMAT = 2
#: the code whose output is kept (kg/…): a change to it leaves the kept file unused
SOURCES = ("check/compile.py", "check/shapes.py", "check/kept.py", "vocab.py",
           "namespaces.py", "sparql/guard.py", "sparql/text.py", "kinds.py")


def shapes_digest(rdflib_version: str | None = None) -> str:
    """A digest of the shape files, :data:`SOURCES` (names and bytes) and rdflib's version
    (the installed one unless ``rdflib_version`` is given: the kept file names the one it
    was written with, so its test can tell stale code from another rdflib)."""
    from kg.vocab import shapes_dir

    if rdflib_version is None:
        import rdflib

        rdflib_version = rdflib.__version__
    h = hashlib.sha256(f"claimgraph compiled shapes {KEPT_FORMAT}\nrdflib "
                       f"{rdflib_version}\n".encode())
    files = [(f"shapes/{p.name}", p) for p in sorted(shapes_dir().glob("*.ttl"))]
    files += [(f"kg/{name}", KG / name) for name in SOURCES]
    for name, path in files:
        data = path.read_bytes()
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def _encode(value: Any) -> Any:
    from kg.check.shapes import SparqlConstraint

    if isinstance(value, URIRef):
        return {"iri": str(value)}
    if isinstance(value, BNode):
        return {"blank": str(value)}
    if isinstance(value, Literal):
        return {"literal": str(value), "datatype": None if value.datatype is None else
                str(value.datatype), "language": value.language}
    if isinstance(value, SparqlConstraint):
        return {"sparql": {f.name: _encode(getattr(value, f.name)) for f in fields(value)}}
    if value is None or isinstance(value, (bool, int, str)):
        return value
    raise TypeError(f"cannot keep {value!r}")


def _decode(value: Any) -> Any:
    # thousands of values a check: nothing imported but for a constraint's (an import
    # statement each call took about half the time of decoding the kept file)
    if not isinstance(value, dict):
        return value
    if "iri" in value:
        return URIRef(value["iri"])
    if "blank" in value:
        return BNode(value["blank"])
    if "literal" in value:
        if value["language"] is not None:
            return Literal(value["literal"], lang=value["language"])
        return Literal(value["literal"], datatype=None if value["datatype"] is None else
                       URIRef(value["datatype"]))
    if "sparql" in value:
        from kg.check.shapes import SparqlConstraint

        return SparqlConstraint(**{k: _decode(v) for k, v in value["sparql"].items()})
    raise ValueError(f"not a kept value: {value!r}")


def compiled() -> dict[str, Any]:
    """The shapes indexed and compiled, as kept: of the shapes graph itself."""
    from kg.check.compile import compile_checks, target_pattern
    from kg.check.shapes import index_shapes
    from kg.kinds import shape_roles
    from kg.vocab import shapes_graph

    import rdflib

    index = index_shapes(shapes_graph())
    checks = compile_checks(index)
    roots = sorted({c.root for c in checks}, key=str)
    return {
        "digest": shapes_digest(),
        "rdflib": rdflib.__version__,
        "kind_of_shape": [[_encode(s), k] for s, k in index.kind_of_shape.items()],
        "kind_of_class": [[_encode(c), k] for c, k in index.kind_of_class.items()],
        "constraints": [_encode(c) for c in index.constraints],
        "root_of_shape": [[_encode(s), _encode(r)] for s, r in index.root_of_shape.items()],
        "checks": [{f.name: _encode(getattr(c, f.name)) for f in fields(c)}
                   for c in checks],
        # each check's root shape's focus nodes as a pattern (a diagnosis's what-ifs ask them)
        "targets": [[_encode(r), target_pattern(shapes_graph(), r)] for r in roots],
        # each relation kind's roles as its shapes give them (kg.kinds: what the build takes)
        "relation_roles": [[_encode(cls), *[[_encode(p) for p in props] for props in roles]]
                           for cls, *roles in shape_roles(shapes_graph())],
    }


@cache
def kept() -> tuple[Any, tuple[Any, ...], dict[str, Any]] | None:
    """(the :class:`~kg.check.shapes.ShapeIndex`, the compiled checks, and what else a
    check reads of the shapes graph: ``targets``, each check's root shape -> its target
    pattern, and ``relation_roles``, :func:`kg.kinds.shape_roles`) of :data:`KEPT` if it
    was made of the shapes, code and rdflib there are, else None."""
    from kg.check.compile import CompiledCheck
    from kg.check.shapes import ShapeIndex

    try:
        data = json.loads(KEPT.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("digest") != shapes_digest():
            return None
    except (OSError, ValueError):
        return None
    index = ShapeIndex({_decode(s): k for s, k in data["kind_of_shape"]},
                       {_decode(c): k for c, k in data["kind_of_class"]},
                       tuple(_decode(c) for c in data["constraints"]),
                       {_decode(s): _decode(r) for s, r in data["root_of_shape"]})
    checks = tuple(CompiledCheck(**{k: _decode(v) for k, v in c.items()})
                   for c in data["checks"])
    read = {"targets": {_decode(r): pattern for r, pattern in data["targets"]},
            "relation_roles": [(_decode(cls), *(tuple(_decode(p) for p in props)
                                                for props in roles))
                               for cls, *roles in data["relation_roles"]]}
    return index, checks, read


def _lines(data: dict[str, Any]) -> str:
    """``data`` as JSON, a line a list item (readable differences)."""
    def lines(value: Any) -> str:
        if isinstance(value, list):
            return "[\n" + ",\n".join(json.dumps(v, ensure_ascii=False) for v in value) + "\n]"
        return json.dumps(value, ensure_ascii=False)

    return "{\n" + ",\n".join(f"{json.dumps(k)}: {lines(v)}" for k, v in data.items()) + "\n}\n"


def kept_text() -> str:
    """:data:`KEPT` as ``python -m kg.vocab`` writes it: a line a list item."""
    return _lines(compiled())


def parsed_shapes_graph():  # type: ignore[no-untyped-def]
    """The shapes graph parsed from the shape files (never the kept one), and every triple
    in the order the parser added it."""
    from kg.vocab import _Labelled, _parse_all, shapes_dir

    graph = _parse_all(sorted(shapes_dir().glob("*.ttl")), _Labelled())
    order = graph.store.order
    assert order is not None, "a parse only adds"
    return graph, order


def kept_graph_text() -> str:
    """:data:`KEPT_GRAPH` as ``python -m kg.vocab`` writes it: the digest, the graph's
    prefixes, its terms (each once) and its triples (three term numbers each) in the
    order the parser added them."""
    import rdflib

    graph, added = parsed_shapes_graph()
    terms: dict[Any, int] = {}
    triples = [[terms.setdefault(t, len(terms)) for t in triple] for triple in added]
    return _lines({"digest": shapes_digest(), "rdflib": rdflib.__version__,
                   "namespaces": [[p, str(ns)] for p, ns in graph.namespaces()],
                   "terms": [_encode(t) for t in terms], "triples": triples})


def kept_shapes_graph():  # type: ignore[no-untyped-def]
    """The shapes graph made again from :data:`KEPT_GRAPH` if that was made of the shapes,
    code and rdflib there are (the graph a parse gives: the same prefixes, and the same
    triples added in the same order, so every lookup answers in the same order), else
    None."""
    from kg.namespaces import bind_prefixes
    from kg.vocab import _Labelled

    try:
        data = json.loads(KEPT_GRAPH.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("digest") != shapes_digest():
            return None
    except (OSError, ValueError):
        return None
    graph = bind_prefixes(_Labelled())
    for prefix, namespace in data["namespaces"]:
        graph.bind(prefix, namespace, override=True, replace=True)
    terms = [_decode(t) for t in data["terms"]]
    add = graph.add
    for s, p, o in data["triples"]:
        add((terms[s], terms[p], terms[o]))
    return graph
