"""Problems in a user's input: one line each, naming the file and line.

A problem never stops the other documents from loading; the CLI prints every
problem of a run and exits 2.
"""

from __future__ import annotations

import os
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


class InputError(Exception):
    """Raised where input is unusable as a whole (no claims folder, unknown document)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def display_path(path: Path | str) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(_resolved(os.getcwd())))
    except ValueError:
        return str(p)


@lru_cache(maxsize=8)
def _resolved(directory: str) -> Path:
    """The working directory with its links resolved: asked once per directory, not once per
    path shown (half the time of naming 10,000 document folders went to it)."""
    return Path(directory).resolve()
