"""The document folders of a claims folder (one sub-folder per document).

Kept apart from :mod:`kg.corpus`, which reads the folders with rdflib: a run whose
documents have not changed finds them, and nothing more.

>>> [f.name for f in discover(bundled_claims_dir())]
['china-us-ecommerce-2014', 'shopping-days-2014']
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.problems import InputError, Problem, display_path

DOCUMENT_FILE = "document.ttl"
#: where kg check (and the app, which reads its results) keeps its cache unless told
DEFAULT_CACHE_DIR = Path(".kg-cache")
_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """``ontology`` or ``claims``: inside an installed wheel, or at the checkout's root."""
    packaged = _PACKAGE / "_data" / name
    return packaged if packaged.is_dir() else _PACKAGE.parent / name


def bundled_claims_dir() -> Path:
    """The claims folder shipped with claimgraph (the seed paper)."""
    return data_dir("claims")


def discover(claims_dir: Path | str, only: list[str] | None = None) -> list[Path]:
    """Document folders under ``claims_dir`` (all, or those named in ``only``)."""
    root = Path(claims_dir)
    if not root.is_dir():
        raise InputError(Problem(display_path(root), 0, "claims folder not found",
                                 "pass --claims DIR, or run where a claims/ folder is"))
    # os.scandir: a folder's entry says whether it is a folder without a stat of its own
    # (Path.iterdir and is_dir took a tenth of a run in which nothing changed); by name, as
    # sorting the paths of one folder does
    with os.scandir(root) as entries:
        names = sorted(e.name for e in entries
                       if not e.name.startswith((".", "_")) and e.is_dir())
    folders = [root / name for name in names]
    if only:
        known = {p.name: p for p in folders}
        missing = [d for d in only if d not in known]
        if missing:
            raise InputError(Problem(display_path(root), 0,
                                     f"no document folder named {', '.join(missing)}",
                                     f"documents here: {', '.join(known) or 'none'}"))
        folders = [known[d] for d in only]
    if not folders:
        here = (root / DOCUMENT_FILE).is_file()
        raise InputError(Problem(
            display_path(root), 0, "no document folders here: nothing to build or check",
            f"{display_path(root)} is itself a document folder; pass its parent "
            f"(--claims {display_path(root.resolve().parent)}) and name it "
            f"({root.resolve().name})" if here else
            "a claims folder holds one sub-folder per document (kg new starts one)"))
    return folders
