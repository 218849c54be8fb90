"""Checking claims: the shapes in ontology/shapes/ run over the built graph.

The rules live in the shapes; this package runs them (compiled to SPARQL on
pyoxigraph, or with pySHACL as the reference), gathers one finding per checked
relation or constraint (passes included), writes out the arithmetic for people,
and applies accepted exceptions; :mod:`kg.check.pipeline` does it document by
document, in parallel, re-checking only what changed.
"""

from kg.check.model import Finding, Quote, Report, Suppression
from kg.check.run import check_corpus

__all__ = ["Finding", "Quote", "Report", "Suppression", "check_corpus"]
