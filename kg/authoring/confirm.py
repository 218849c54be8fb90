"""``kg confirm``: mark drafts and readings as reviewed by removing their ``cg:draft true ;``
or ``cg:readBy :reading ;``."""

from __future__ import annotations

import re
from pathlib import Path

from kg.files import write_atomic
from kg.problems import InputError, Problem, display_path

DRAFT = " cg:draft true ;"
#: what kg read marks its readings with until a person confirms them
READ = " cg:readBy :reading ;"
_MARKED = re.compile(r"^:([\w.-]+) a [^;]*;( cg:draft true ;| cg:readBy :reading ;)")
#: what kg new writes where the text does not say: a draft holding one stays a draft
PLACEHOLDERS = ("YYYY-MM-DD",)


def _unfinished_block(block: str) -> bool:
    """A draft still waiting for a person: a placeholder, or a stated date with only the
    month and day the text gives (cg:monthDay) and no cg:date yet."""
    code = re.sub(r"(?m)\s#\s.*$", "", block)  # the TODO comments name cg:date too
    return any(p in block for p in PLACEHOLDERS) or (
        "a cg:StatedDate" in code and not re.search(r"\bcg:date\s", code)
        and 'schema:repeatFrequency "P1Y"' not in code)  # a day of every year needs no year


def _block(lines: list[str], start: int) -> str:
    """A subject's lines in a drafted claims file: up to the next blank line."""
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    return "\n".join(lines[start:end])


def unfinished(claims_dir: Path, doc_id: str) -> list[str]:
    """Drafts that still hold a placeholder kg new wrote (a date whose year the text omits)."""
    out = []
    for path in sorted((claims_dir / doc_id).glob("*.ttl")):
        lines = path.read_text(encoding="utf-8").split("\n")
        for n, line in enumerate(lines):
            m = re.match(r"^:([\w.-]+) a [^;]*;" + re.escape(DRAFT), line)
            if m and _unfinished_block(_block(lines, n)):
                out.append(m.group(1))
    return out


def confirm(claims_dir: Path, doc_id: str, ids: list[str], every: bool = False) -> list[str]:
    """Confirm drafts by id (or all); a draft with a placeholder is never confirmed, named
    or not: its placeholder must be replaced first (:func:`unfinished`)."""
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
            m = _MARKED.match(line)
            if m and (every or m.group(1) in wanted):
                if _unfinished_block(_block(lines, n)):
                    if not every:
                        raise InputError(Problem(
                            display_path(path), n + 1, f"{m.group(1)} still holds a "
                            "placeholder: the quote gives no year",
                            'add cg:date "YYYY-MM-DD"^^xsd:date with the year, then confirm it'))
                    continue
                lines[n] = line.replace(m.group(2), "", 1)
                confirmed.append(m.group(1))
        new = "\n".join(lines)
        if new != text:
            write_atomic(path, new)
    missing = wanted - set(confirmed)
    if missing:
        raise InputError(Problem(display_path(folder), 0,
                                 f"no draft named {sorted(missing)[0]!r}",
                                 "drafts are the lines with `cg:draft true ;`, readings those with "
                                 "`cg:readBy :reading ;`"))
    return confirmed
