"""``kg reanchor``: record where every quote stands, and the source text's new checksum.

The only command that writes ``anchors.lock.json`` and rewrites ``schema:sha256`` in
``document.ttl``: ``kg build`` and ``kg check`` re-find quotes after an edit in memory
and say so, but never write into a claims folder.
"""

from __future__ import annotations

from pathlib import Path

from kg import anchors
from kg.build import BuildResult, build_corpus


def reanchor(claims_dir: Path, only: list[str] | None = None) -> tuple[BuildResult, list[str]]:
    """Build the documents and record each one's anchors; returns what was written."""
    result = build_corpus(claims_dir, only)
    done = []
    for doc in result.documents:
        done.extend(f"{doc.doc_id}: {line}"
                    for line in anchors.record(doc.source, doc.anchors, doc.lock))
    return result, done
