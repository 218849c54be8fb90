"""Checking claims: the shapes in ontology/shapes/ run over the built graph.

The rules live in the shapes; this package runs them (compiled to SPARQL on
pyoxigraph, or with pySHACL as the reference), gathers one finding per checked
relation or constraint (passes included), writes out the arithmetic for people,
and applies accepted exceptions; :mod:`kg.check.pipeline` does it document by
document, in parallel, re-checking only what changed.
"""

from typing import Any

from kg.check.model import Finding, Quote, Report, Suppression

__all__ = ["Finding", "Quote", "Report", "Suppression", "check_corpus"]


def __getattr__(name: str) -> Any:
    # check_corpus runs the diagnosis, and the diagnosis reads kg.check.model: importing
    # the package for its model must not import the runner, or the two would import
    # each other
    if name == "check_corpus":
        from kg.check.run import check_corpus
        return check_corpus
    raise AttributeError(name)
