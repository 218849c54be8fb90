"""Progress bars for long builds and checks: on a terminal only.

A bar goes to standard error, and only when standard error is a terminal and the
output is for people; ``--format json`` and pipes stay quiet.

>>> with progress_bar("checking", quiet=True) as bar:
...     step = bar(3)
...     for _ in range(3):
...         step()
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: a bar only pays off when there is enough to wait for
SHOW_FROM = 5

Step = Callable[[], None]


@contextmanager
def progress_bar(description: str, *, quiet: bool = False) -> Iterator[Callable[[int], Step]]:
    """Yields ``start(total) -> step``: call ``step()`` after each item."""
    if quiet or not sys.stderr.isatty():
        yield lambda total: (lambda: None)
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
                        console=Console(file=sys.stderr), transient=True)

    def start(total: int) -> Step:
        if total < SHOW_FROM:
            return lambda: None
        progress.start()
        task = progress.add_task(description, total=total)
        return lambda: progress.advance(task)

    try:
        yield start
    finally:
        progress.stop()
