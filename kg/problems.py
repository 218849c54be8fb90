"""Problems in a user's input: one line each, naming the file and line.

A problem never stops the other documents from loading; the CLI prints every
problem of a run and exits 2.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """``file:line: message`` — with an optional hint on how to fix it."""

    file: str
    line: int
    message: str
    hint: str | None = None
    document: str | None = None

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


#: what a terminal acts on instead of showing: C0 controls but tab, DEL and C1 controls,
#: the line and paragraph separators, and the bidirectional controls (U+202E shows the rest
#: of a line backwards)
_INVISIBLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e"
                        "\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def visible(text: str) -> str:
    r"""``text`` as a terminal shows it and nothing more: every control character written
    out (ESC as ``\x1b``, a newline as ``\n``, U+202E as ``<U+202E>``), so that what a
    document holds can neither move the cursor, erase a line, forge an ``error:`` line,
    nor turn the rest of a line around.

    >>> print(visible("a\x1b[2Kb\u202ec\nerror: d"))
    a\x1b[2Kb<U+202E>c\nerror: d
    """
    if _INVISIBLE.search(text) is None:
        return text
    return _INVISIBLE.sub(_shown, text)


def _shown(m: re.Match[str]) -> str:
    c = m.group()
    return _NAMED.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0xA0 else f"<U+{ord(c):04X}>")


def error_line(problem: Problem | str) -> str:
    """The one line a problem is printed as: ``error: file:line: message (hint)``."""
    return visible(f"error: {problem}")


class InputError(Exception):
    """Raised where input is unusable as a whole (no claims folder, unknown document)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


#: the folder paths are shown from, when it is not this process's working directory
_SHOWN_FROM: ContextVar[str | None] = ContextVar("shown_from", default=None)


def display_path(path: Path | str) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    p = Path(path)
    base = _SHOWN_FROM.get() or os.getcwd()
    if not p.is_absolute():
        p = Path(base) / p
    try:
        return str(p.resolve().relative_to(_resolved(base)))
    except ValueError:
        return str(Path(path))


@contextmanager
def shown_from(directory: str) -> Iterator[None]:
    """Paths shown as from ``directory`` (a Dask worker checks for a client elsewhere)."""
    token = _SHOWN_FROM.set(directory)
    try:
        yield
    finally:
        _SHOWN_FROM.reset(token)


@lru_cache(maxsize=8)
def _resolved(directory: str) -> Path:
    """The working directory with its links resolved: asked once per directory, not once per
    path shown (half the time of naming 10,000 document folders went to it)."""
    return Path(directory).resolve()
