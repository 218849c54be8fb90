"""JSON-LD without fetching: a context must be in the file itself.

rdflib's JSON-LD parser loads every ``@context`` (and ``@import``) given as a string,
remote (an HTTP request) or local (a ``file:`` IRI, or one relative to the file: any file
the process can read).  Every such load goes through one function,
``rdflib.plugins.shared.jsonld.context.source_to_json``, called by
``Context._fetch_context``; within :func:`inline_contexts_only` that function refuses
instead, before a request is made or a file opened.

>>> from rdflib import Graph
>>> try:
...     with inline_contexts_only():
...         Graph().parse(data='{"@context": "http://127.0.0.1:9/c", "@id": "urn:a"}',
...                       format="json-ld")
... except ContextRefused as exc:
...     print("refused", exc.url)
refused http://127.0.0.1:9/c
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

_refusing: ContextVar[bool] = ContextVar("refusing_contexts", default=False)
_installed = False


class ContextRefused(Exception):
    """A JSON-LD document names a context to load: ``url``, as rdflib resolved it."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


def _install() -> None:
    """Put the refusal in front of rdflib's context loader once; it refuses only within
    :func:`inline_contexts_only` (per thread and task), and loads as before elsewhere."""
    global _installed
    if _installed:
        return
    from rdflib.plugins.shared.jsonld import context

    load = context.source_to_json

    def source_to_json(source: Any, *args: Any, **kwargs: Any) -> Any:
        if _refusing.get():
            raise ContextRefused(str(source))
        return load(source, *args, **kwargs)

    context.source_to_json = source_to_json
    _installed = True


@contextmanager
def inline_contexts_only() -> Iterator[None]:
    """Within the block, a JSON-LD parse that would load a context raises
    :class:`ContextRefused` instead."""
    _install()
    token = _refusing.set(True)
    try:
        yield
    finally:
        _refusing.reset(token)
