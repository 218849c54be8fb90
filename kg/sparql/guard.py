"""What may run: read-only queries that make no outbound requests.

Every place that runs a user's SPARQL (``kg query``, ``kg serve``, the app)
inspects it here first.  Updates (INSERT, DELETE, LOAD, CLEAR, ...) and SERVICE
(federation: an outbound HTTP request from the server) are refused; a syntax
error comes back with the parser's line and column.

The decision is made on the text the engine will run, not on a second reading
of the user's text: :func:`normalise` first removes what two SPARQL parsers
read differently (rdflib ends a ``#`` comment only at LF, Oxigraph also at CR;
rdflib expands ``\\U000A`` and ``\\u0000000A`` as escapes, which the spec and
Oxigraph do not), rdflib parses the normalised text into its algebra, SERVICE
is refused wherever it stands in that algebra, and only the normalised text is
handed on (:attr:`CheckedQuery.text`).  ``tests/sparql/test_guard_fuzz.py``
holds the guard to that: whatever it lets through, Oxigraph runs without a
single outbound request.
"""

from __future__ import annotations

import re
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyparsing import ParseException

FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
         "DescribeQuery": "DESCRIBE"}
#: rdflib's parser recurses once per triple pattern and bracket; its default limit of 1,000
#: refuses a query with 100 triple patterns.  Deeper than this is refused with a 400.
RECURSION_LIMIT = 20_000

# SPARQL 1.1 §19.2: \uXXXX and \UXXXXXXXX, expanded before the grammar applies
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_LEFTOVER = re.compile(r"\\[uU]")
#: SPARQL's PN_PREFIX (19.8), empty included; \w stands for its letters and digits
_PN_PREFIX = re.compile(r"(?:[^\W\d_](?:[\w.\-\u00B7\u0300-\u036F\u203F\u2040]*"
                        r"[\w\-\u00B7\u0300-\u036F\u203F\u2040])?)?")
#: what may stand between the brackets of an IRIREF (19.8), Unicode white space and
#: control characters excluded as well (a parser might end a comment at one)
_IRI = re.compile(r'[^<>"{}|^`\\\s\x00-\x20\x7f-\x9f]*')


class QueryError(Exception):
    """A query that will not run; ``status`` is the HTTP status the endpoint answers with."""

    status = 400

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status

    def __reduce__(self):  # crosses the query sandbox's pipe with its status
        return (QueryError, (self.message, self.status))


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


@dataclass(frozen=True)
class CheckedQuery(QueryInfo):
    #: the normalised text that was checked: the only text that may be run
    text: str = ""


def normalise(text: str) -> str:
    """``text`` with its codepoint escapes expanded and its line ends made LF.

    Both are what the SPARQL grammar itself prescribes; after them rdflib and
    Oxigraph read comments, strings and IRIs alike.  A ``\\u`` or ``\\U`` left
    over (an escape of an escape, or one with too few digits) is refused, since
    the two parsers would read it differently.

    >>> normalise('SELECT * { # x\\r?s ?p "caf\\\\u00E9" }')
    'SELECT * { # x\\n?s ?p "café" }'
    """
    def expand(m: re.Match[str]) -> str:
        point = int(m.group(1) or m.group(2), 16)
        if point > 0x10FFFF or 0xD800 <= point <= 0xDFFF:
            raise QueryError(f"{m.group(0)} is not a Unicode code point")
        return chr(point)

    expanded = _ESCAPE.sub(expand, text)
    leftover = _LEFTOVER.search(expanded)
    if leftover:
        line = expanded.count("\n", 0, leftover.start()) + 1
        raise QueryError(f"line {line}: a \\u or \\U that is not a complete codepoint escape "
                         "(\\uXXXX, \\UXXXXXXXX) is refused; write the character itself")
    if "\x00" in expanded:
        raise QueryError("a NUL character is refused")
    return expanded.replace("\r\n", "\n").replace("\r", "\n")


def prefix_declaration(prefix: str, namespace: str) -> str:
    """``PREFIX prefix: <namespace>`` and a line end, for a prefix and namespace that come
    from a user's file (SHACL's sh:declare): a prefix that is not a PN_PREFIX, or a
    namespace that is not an IRI (``>``, white space, a quote, a backslash) is refused, so
    neither can end the declaration and write a query of its own.

    >>> prefix_declaration("ex", "http://example.org/#")
    'PREFIX ex: <http://example.org/#>\\n'
    """
    if not _PN_PREFIX.fullmatch(prefix):
        raise QueryRefused(f"the prefix {prefix!r} is not a SPARQL prefix name")
    if not _IRI.fullmatch(namespace):
        raise QueryRefused(f"the namespace {namespace!r} is not an IRI (it holds a character "
                           "an IRI may not: white space, <, >, a quote, a backslash, ...)")
    return f"PREFIX {prefix}: <{namespace}>\n"


def inspect_query(text: str, *, prologue: str = "", epilogue: str = "") -> CheckedQuery:
    """The query's form and the text to run; raises :class:`QueryError` for what may not run.

    ``prologue`` and ``epilogue`` are claimgraph's own (predeclared prefixes, a VALUES
    block of parameters): they are checked with the query, and line numbers in errors
    count from the user's first line.

    >>> inspect_query("ASK { ?s ?p ?o }").form
    'ASK'
    """
    # rdflib's SPARQL grammar takes 60 ms to import: only what parses a query pays for it
    # (kg check imports this module for normalise() and QueryError alone)
    from pyparsing import ParseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    user = normalise(text)
    full = normalise(prologue) + user + normalise(epilogue)
    offset = prologue.count("\n")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, RECURSION_LIMIT))
    try:
        try:
            parsed = parseQuery(full)
        except ParseException as exc:
            if _is_update(user):
                raise QueryRefused(
                    "updates are refused: this endpoint is read-only "
                    "(INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, COPY, MOVE, ADD)") from None
            raise QuerySyntaxError(_reason(exc), max(1, exc.lineno - offset), exc.col) from None
        if "ServiceGraphPattern" in _names(parsed, set()):
            raise _service()
        try:
            algebra = translateQuery(parsed).algebra
        except Exception as exc:  # rdflib's algebra raises plain exceptions on odd queries
            raise QueryError(f"the query could not be analysed: {exc}") from None
        names = _names(algebra, set())
    except RecursionError:
        raise QueryError("the query is nested too deeply to be checked") from None
    finally:
        sys.setrecursionlimit(limit)
    if "ServiceGraphPattern" in names:
        raise _service()
    form = next((FORMS[n] for n in names if n in FORMS), None)
    if form is None:  # pragma: no cover - the grammar admits only these four
        raise QuerySyntaxError("not a query", 1, 1)
    return CheckedQuery(form, full)


def _service() -> QueryRefused:
    return QueryRefused("SERVICE is refused: queries may not make outbound requests")


def _is_update(text: str) -> bool:
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
        return True
    except (ParseException, RecursionError, ValueError):
        return False


def _reason(exc: ParseException) -> str:
    found = exc.line[exc.col - 1:exc.col + 19] if exc.line else ""
    return f"{exc.msg}" + (f", near {found!r}" if found.strip() else "")


def _names(node: object, acc: set[str]) -> set[str]:
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        acc.add(node.name)
        for value in node.values():
            _names(value, acc)
    elif isinstance(node, (list, tuple, set, ParseResults)):
        for value in node:
            _names(value, acc)
    elif isinstance(node, dict):
        for value in node.values():
            _names(value, acc)
    return acc


class Verdicts:
    """The guard's verdicts on recent queries, keyed by their normalised text (an LRU).

    Parsing with rdflib takes milliseconds, far longer than a simple query takes to run; a
    server asked the same query again skips it.  Only queries up to ``longest`` characters
    are kept, so the cache stays small.  A verdict is either ``("ok", form)`` or
    ``("refused", status, message)``.
    """

    def __init__(self, size: int = 1024, longest: int = 16 * 1024) -> None:
        self.size, self.longest = size, longest
        self._entries: OrderedDict[str, tuple] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, text: str) -> tuple | None:
        with self._lock:
            verdict = self._entries.get(text)
            if verdict is None:
                self.misses += 1
                return None
            self._entries.move_to_end(text)
            self.hits += 1
            return verdict

    def put(self, text: str, verdict: tuple) -> None:
        if len(text) > self.longest:
            return
        with self._lock:
            self._entries[text] = verdict
            self._entries.move_to_end(text)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
