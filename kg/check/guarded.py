"""SHACL-SPARQL from a user's shapes, decided by :mod:`kg.sparql.guard` where it runs.

A shapes file brings its own SPARQL (sh:select, sh:ask, the validators of its constraint
components, sh:declare prefixes), and each engine builds the text it runs from it:
prefixes joined in front, ``$this`` and the parameters written in.  That final text, and
nothing else, is what the guard decides on (one guard for every user query: ``kg query``,
``kg serve``, ``kg shacl``), and only the guard's normalised text goes on to the engine:

* the fast engine (:mod:`kg.check.oxigraph`) passes each query to :func:`guard_query`
  just before ``Store.query``;
* pySHACL builds its texts itself, so :func:`guarded_rdflib` puts the guard in front of
  rdflib's SPARQL processor, which runs every query pySHACL makes.

A refused query is a :class:`~kg.check.compile.ShapeError` naming the shape: the command
says so in one line and exits 2.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from kg.check.compile import ShapeError
from kg.sparql.guard import QueryError, inspect_query, prefix_declaration


@lru_cache(maxsize=4096)
def _checked(text: str, prologue: str = "") -> str:
    """The text the guard hands on (a query repeated for many focus nodes is checked once)."""
    return inspect_query(text, prologue=prologue).text


def guard_query(text: str, where: str, prologue: str = "") -> str:
    """``text`` as the guard hands it on, or :class:`ShapeError` saying ``where`` and why."""
    try:
        return _checked(text, prologue)
    except QueryError as exc:
        raise ShapeError(f"{where}: {_one_line(exc.message)}") from None


def _one_line(message: str) -> str:
    return " ".join(message.split())


@contextmanager
def guarded_rdflib() -> Iterator[list[ShapeError]]:
    """Within the block, rdflib runs a SPARQL query only as :func:`guard_query` hands it
    on, and loads nothing a query's FROM names; the refusals are also kept in the list
    yielded (pySHACL might catch the exception on its way)."""
    import rdflib.plugins.sparql as sparql
    from rdflib.plugins.sparql.processor import SPARQLProcessor

    from kg.check.engine import prepared_query

    refusals: list[ShapeError] = []
    original = SPARQLProcessor.query

    def query(self: SPARQLProcessor, strOrQuery: Any,  # noqa: N803 - rdflib's names
              initBindings: Mapping[str, Any] | None = None,
              initNs: Mapping[str, Any] | None = None, base: str | None = None,
              DEBUG: bool = False) -> Mapping[str, Any]:
        where = _pyshacl_shape()
        try:
            if not isinstance(strOrQuery, str):
                raise ShapeError(f"{where}: only query text is run, not a prepared query")
            prologue = "".join(prefix_declaration(p, str(ns))
                               for p, ns in (initNs or {}).items()) if initNs else ""
            text = guard_query(strOrQuery, where, prologue)
        except QueryError as exc:  # a prefix_declaration refusal
            refusals.append(ShapeError(f"{where}: {_one_line(exc.message)}"))
            raise refusals[-1] from None
        except ShapeError as exc:
            refusals.append(exc)
            raise
        # the guard has read the text; parsing it once more per focus node (pySHACL hands
        # the same text for each) was four fifths of kg shacl's time on pySHACL
        return original(self, prepared_query(text, (), base), initBindings, None, base,
                        DEBUG)

    loads = sparql.SPARQL_LOAD_GRAPHS
    SPARQLProcessor.query = query  # type: ignore[method-assign]
    sparql.SPARQL_LOAD_GRAPHS = False  # a FROM <file:...> or <http:...> is never fetched
    try:
        yield refusals
    finally:
        SPARQLProcessor.query = original  # type: ignore[method-assign]
        sparql.SPARQL_LOAD_GRAPHS = loads


def _pyshacl_shape() -> str:
    """The shape pySHACL is evaluating, found on the stack (its constraint components keep
    it as ``self.shape``), for the message; "a shape" where none is found."""
    frame = sys._getframe(2)
    while frame is not None:
        shape = getattr(frame.f_locals.get("self"), "shape", None)
        node = getattr(shape, "node", None)
        if node is not None:
            return f"shape {node}"
        frame = frame.f_back
    return "a shape"
