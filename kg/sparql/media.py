"""Content negotiation for query results (SPARQL 1.1 Protocol §2.1.5, RFC 9110 §12.5.1).

SELECT and ASK answer SPARQL Results JSON where the client states no preference
(no ``Accept``, or ``*/*``); CONSTRUCT and DESCRIBE answer Turtle.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.sparql.guard import QueryError

SOLUTIONS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
}
GRAPHS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
#: what claimgraph itself reads back (kg query, the app): not negotiated
INTERNAL = {False: "application/sparql-results+json", True: "application/n-triples"}


def negotiate(accept: str | None, returns_graph: bool) -> str:
    """The media type to answer with; raises a 406 :class:`QueryError` when none fits.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", False)
    'application/sparql-results+xml'
    >>> negotiate("*/*", True)
    'text/turtle'
    """
    offered = list(GRAPHS if returns_graph else SOLUTIONS)
    if not accept or not accept.strip():
        return offered[0]
    candidates: list[tuple[float, int, int, str]] = []
    for position, item in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in item.split(";"))
        media = media.lower()
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q <= 0:
            continue
        # the first offered type the item matches; higher q wins, then the client's order
        rank = next((r for r, c in enumerate(offered) if _matches(media, c)), None)
        if rank is not None:
            candidates.append((q, -position, -rank, offered[rank]))
    if not candidates:
        kinds = "graphs" if returns_graph else "SELECT and ASK results"
        raise QueryError(f"none of the media types in Accept: {accept} is offered for {kinds}; "
                         f"offered: {', '.join(offered)}", 406)
    return max(candidates)[3]


def _matches(pattern: str, media: str) -> bool:
    if pattern in ("*/*", "*"):
        return True
    if pattern.endswith("/*"):
        return media.startswith(pattern[:-1])
    return pattern == media
