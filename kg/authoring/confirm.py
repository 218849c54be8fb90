"""``kg confirm``: mark drafts as reviewed by removing their ``cg:draft true ;``."""

from __future__ import annotations

import re
from pathlib import Path

from kg.files import write_atomic
from kg.problems import InputError, Problem, display_path

DRAFT = " cg:draft true ;"


def confirm(claims_dir: Path, doc_id: str, ids: list[str], every: bool = False) -> list[str]:
    folder = claims_dir / doc_id
    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise InputError(Problem(display_path(folder), 0, "no such document folder"))
    confirmed: list[str] = []
    wanted = set(ids)
    for path in files:
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        for n, line in enumerate(lines):
            m = re.match(r"^:([\w.-]+) a [^;]*;" + re.escape(DRAFT), line)
            if m and (every or m.group(1) in wanted):
                lines[n] = line.replace(DRAFT, "", 1)
                confirmed.append(m.group(1))
        new = "\n".join(lines)
        if new != text:
            write_atomic(path, new)
    missing = wanted - set(confirmed)
    if missing:
        raise InputError(Problem(display_path(folder), 0,
                                 f"no draft named {sorted(missing)[0]!r}",
                                 "drafts are the lines with `cg:draft true ;`"))
    return confirmed
