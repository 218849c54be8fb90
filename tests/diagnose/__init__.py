"""Tests of the diagnosis, and what several of them share."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.namespaces import CG, QUDT


def relation_graph(relation: URIRef, kind: URIRef,
                   roles: list[tuple[URIRef, URIRef, tuple[str, str, URIRef]]]) -> Graph:
    """A relation of ``kind`` whose (figure, role, (low, high, unit)) figures have those
    bounds and units: what the solvers of kg.diagnose.implied read."""
    g = Graph()
    g.add((relation, RDF.type, kind))
    for node, prop, (low, high, unit) in roles:
        g.add((relation, prop, node))
        g.add((node, QUDT.unit, unit))
        g.add((node, CG.lowerBound, Literal(Decimal(low))))
        g.add((node, CG.upperBound, Literal(Decimal(high))))
    return g
