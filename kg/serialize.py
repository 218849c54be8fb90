"""Write a built graph deterministically: the same input gives byte-identical output.

Line formats (N-Triples, N-Quads) are sorted; Turtle and TriG come from rdflib,
whose serializers order subjects and predicates.  Blank nodes get labels from
their content (rdflib's canonical relabelling), so they are stable too.
"""

from __future__ import annotations

from rdflib import BNode, Dataset, Graph
from rdflib.compare import to_canonical_graph

from kg.namespaces import PREFIXES, bind_prefixes

#: format name -> (rdflib serializer, whether it keeps named graphs, file suffix)
FORMATS: dict[str, tuple[str, bool, str]] = {
    "trig": ("trig", True, ".trig"),
    "nquads": ("nquads", True, ".nq"),
    "turtle": ("turtle", False, ".ttl"),
    "ntriples": ("nt", False, ".nt"),
}


def serialize(dataset: Dataset, fmt: str) -> str:
    """``dataset`` as text in ``fmt`` (one of :data:`FORMATS`)."""
    plugin, quads, _ = FORMATS[fmt]
    if not quads:
        merged = bind_prefixes(Graph(bind_namespaces="none"))
        for g in dataset.graphs():
            merged += g
        return _text(_canonical(merged), plugin)
    graphs = sorted((g for g in dataset.graphs() if len(g)), key=lambda g: str(g.identifier))
    if plugin == "nquads":
        out = Dataset(default_union=False)
        for g in graphs:
            target = out.graph(g.identifier)
            target += _canonical(g)
        return _text(out, plugin)
    # rdflib's TriG writer orders graphs by hash; write them one by one, sorted
    return _prefix_header() + "".join(_trig_block(g) for g in graphs)


def _prefix_header() -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + "\n"


def _trig_block(graph: Graph) -> str:
    single = Dataset(default_union=False)
    bind_prefixes(single)
    target = single.graph(graph.identifier)
    target += _canonical(graph)
    text = single.serialize(format="trig")
    return "".join(line + "\n" for line in text.splitlines()
                   if not line.startswith("@prefix")).lstrip("\n")


def _canonical(graph: Graph) -> Graph:
    if not any(_has_bnode(t) for t in graph):
        return graph
    canonical = bind_prefixes(Graph(identifier=graph.identifier, bind_namespaces="none"))
    canonical += to_canonical_graph(graph)
    return canonical


def _has_bnode(triple) -> bool:
    return any(isinstance(term, BNode) for term in triple)


def _text(graph: Graph | Dataset, plugin: str) -> str:
    text = graph.serialize(format=plugin)
    if plugin in ("nt", "nquads"):
        lines = sorted(line for line in text.splitlines() if line.strip())
        return "\n".join(lines) + "\n"
    return text
