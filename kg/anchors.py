"""``anchors.lock.json``: where each quote stood when a document last built.

When the source text is edited, the build re-finds every quote; the lock says
where each one was and what stood around it, so an ambiguous quote is placed
where it used to be, moves are reported, and the recorded checksum is updated
once every quote is found again.  The file is written only when it changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kg.anchor import Anchor
from kg.corpus import DOCUMENT_FILE, DocumentSource

LOCK_FILE = "anchors.lock.json"


@dataclass(frozen=True)
class Lock:
    sha256: str
    anchors: dict[str, Anchor]


def read_lock(folder: Path) -> Lock | None:
    path = folder / LOCK_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Lock(data["sha256"], {iri: Anchor(a["start"], a["end"], a.get("exact", ""),
                                                 a.get("prefix", ""), a.get("suffix", ""))
                                     for iri, a in data["anchors"].items()})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record(source: DocumentSource, anchors: dict, lock: Lock | None) -> None:
    """Report moves after an edit, update the checksum, and write the lock."""
    assert source.source_path is not None
    actual = source.source_changed[1] if source.source_changed else None
    if source.source_changed:
        moved = [iri for iri, a in anchors.items()
                 if lock and str(iri) in lock.anchors and lock.anchors[str(iri)].start != a.start]
        source.notes.append(f"source text changed: re-anchored {len(anchors)} quotes "
                            f"({len(moved)} moved); recorded the new checksum in "
                            f"{DOCUMENT_FILE}")
        _update_checksum(source.folder / DOCUMENT_FILE, *source.source_changed)
    sha = actual or _sha(source)
    data = {"sha256": sha, "anchors": {
        str(iri): {"start": a.start, "end": a.end, "exact": a.exact, "prefix": a.prefix,
                   "suffix": a.suffix} for iri, a in sorted(anchors.items(), key=lambda kv: str(kv[0]))}}
    text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    path = source.folder / LOCK_FILE
    try:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    except OSError:
        pass  # a read-only corpus (an installed package) builds all the same


def _sha(source: DocumentSource) -> str:
    import hashlib
    assert source.source_path is not None
    return hashlib.sha256(source.source_path.read_bytes()).hexdigest()


def _update_checksum(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old in text:
        path.write_text(text.replace(old, new), encoding="utf-8")
