"""Checking claims: the shapes in ontology/shapes/ run over the built graph.

The rules live in the shapes; this package runs them (pySHACL), gathers one
finding per checked relation or constraint (passes included), writes out the
arithmetic for people, and applies accepted exceptions.
"""

from kg.check.model import Finding, Quote, Report, Suppression
from kg.check.run import check_corpus

__all__ = ["Finding", "Quote", "Report", "Suppression", "check_corpus"]
