"""``anchors.lock.json``: where each quote stood when a document last built.

When the source text is edited, the build re-finds every quote; the lock says
where each one was and what stood around it, so an ambiguous quote is placed
where it used to be and moves are reported.  Building and checking never write
into a claims folder: ``kg reanchor`` (:func:`record`) writes the lock and the
new checksum, each only when it changes, each atomically.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kg.anchor import Anchor
from kg.corpus import DOCUMENT_FILE, DocumentSource
from kg.files import read_input, write_atomic

LOCK_FILE = "anchors.lock.json"


@dataclass(frozen=True)
class Lock:
    sha256: str
    anchors: dict[str, Anchor]


def read_lock(folder: Path) -> Lock | None:
    path = folder / LOCK_FILE
    try:
        data = json.loads(read_input(path).decode("utf-8"))  # never a FIFO, nor 3 GB
        return Lock(data["sha256"], {iri: Anchor(a["start"], a["end"], a.get("exact", ""),
                                                 a.get("prefix", ""), a.get("suffix", ""))
                                     for iri, a in data["anchors"].items()})
    except (ValueError, KeyError, TypeError, RecursionError):  # UnreadableFile included
        return None


def moved(anchors: dict, lock: Lock | None) -> str:
    """How many quotes stand elsewhere than the lock says, in words."""
    if lock is None:
        return "no anchors.lock.json to say how many moved"
    n = sum(1 for iri, a in anchors.items()
            if str(iri) in lock.anchors and lock.anchors[str(iri)].start != a.start)
    return f"{n} moved"


def record(source: DocumentSource, anchors: dict, lock: Lock | None) -> list[str]:
    """Write the new checksum (after an edit) and the lock; says what was written."""
    assert source.source_path is not None
    done = []
    actual = source.source_changed[1] if source.source_changed else None
    if source.source_changed:
        _update_checksum(source.folder / DOCUMENT_FILE, *source.source_changed)
        done.append(f"re-anchored {len(anchors)} quotes ({moved(anchors, lock)}); "
                    f"recorded the new checksum in {DOCUMENT_FILE}")
    sha = actual or _sha(source)
    data = {"sha256": sha, "anchors": {
        str(iri): {"start": a.start, "end": a.end, "exact": a.exact, "prefix": a.prefix,
                   "suffix": a.suffix} for iri, a in sorted(anchors.items(), key=lambda kv: str(kv[0]))}}
    text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    path = source.folder / LOCK_FILE
    try:
        unchanged = path.read_text(encoding="utf-8") == text
    except OSError:
        unchanged = False
    if not unchanged:
        write_atomic(path, text)
        done.append(f"recorded where {len(anchors)} quotes stand in {LOCK_FILE}")
    return done


def _sha(source: DocumentSource) -> str:
    import hashlib
    assert source.source_path is not None
    return hashlib.sha256(source.source_path.read_bytes()).hexdigest()


def _update_checksum(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old in text:
        write_atomic(path, text.replace(old, new))
