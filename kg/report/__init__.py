"""Reports of a check: text for people, JSON (the contract), SARIF 2.1.0 and JUnit for CI."""

from __future__ import annotations

from dataclasses import dataclass

from kg.build import BuildResult
from kg.problems import display_path


@dataclass(frozen=True)
class Source:
    """A document's source text and where it lives, for locations in reports."""

    doc_id: str
    path: str
    text: str


def sources(result: BuildResult) -> dict[str, Source]:
    out = {}
    for doc in result.documents:
        assert doc.source.source_path is not None
        out[doc.doc_id] = Source(doc.doc_id, display_path(doc.source.source_path), doc.text)
    return out
