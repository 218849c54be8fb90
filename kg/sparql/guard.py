"""What may run: read-only queries that make no outbound requests.

Every place that runs a user's SPARQL (``kg query``, ``kg serve``, the app)
inspects it here first.  Updates (INSERT, DELETE, LOAD, CLEAR, ...) and SERVICE
(federation: an outbound HTTP request from the server) are refused; a syntax
error comes back with the parser's line and column.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
         "DescribeQuery": "DESCRIBE"}


class QueryError(Exception):
    """A query that will not run; ``status`` is the HTTP status the endpoint answers with."""

    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class QuerySyntaxError(QueryError):
    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(f"SPARQL syntax error at line {line}, column {column}: {message}")
        self.line, self.column = line, column


class QueryRefused(QueryError):
    status = 403


@dataclass(frozen=True)
class QueryInfo:
    form: str  # SELECT | ASK | CONSTRUCT | DESCRIBE

    @property
    def returns_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


def inspect_query(text: str) -> QueryInfo:
    """The query's form; raises :class:`QueryError` for what may not run.

    >>> inspect_query("ASK { ?s ?p ?o }").form
    'ASK'
    """
    try:
        parsed = parseQuery(text)
    except ParseException as exc:
        if _is_update(text):
            raise QueryRefused("updates are refused: this endpoint is read-only "
                               "(INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, COPY, MOVE, ADD)"
                               ) from None
        raise QuerySyntaxError(_reason(exc), exc.lineno, exc.col) from None
    names = _names(parsed, set())
    if "ServiceGraphPattern" in names:
        raise QueryRefused("SERVICE is refused: queries may not make outbound requests")
    form = next((FORMS[n] for n in names if n in FORMS), None)
    if form is None:  # pragma: no cover - the grammar admits only these four
        raise QuerySyntaxError("not a query", 1, 1)
    return QueryInfo(form)


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
        return True
    except ParseException:
        return False


def _reason(exc: ParseException) -> str:
    found = exc.line[exc.col - 1:exc.col + 19] if exc.line else ""
    return f"{exc.msg}" + (f", near {found!r}" if found.strip() else "")


def _names(node: object, acc: set[str]) -> set[str]:
    if isinstance(node, CompValue):
        acc.add(node.name)
        for value in node.values():
            _names(value, acc)
    elif isinstance(node, (list, tuple, ParseResults)):
        for value in node:
            _names(value, acc)
    return acc
