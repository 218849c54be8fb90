"""Option types the commands share: each is defined once, so that every command that
takes a ``--timeout`` refuses the same values with the same words.

>>> SECONDS.convert("2.5", None, None)
2.5
>>> SECONDS.convert("nan", None, None)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
click.exceptions.BadParameter: 'nan' is not a time limit: give seconds, more than 0 and ...
"""

from __future__ import annotations

import math
from typing import Any

import click

#: the longest time limit taken: a day (1e300 seconds would overflow the timers it sets)
MAX_SECONDS = 86_400.0


class Seconds(click.ParamType):
    """A time limit in seconds: a finite number, more than 0 and at most ``maximum``.

    ``nan``, ``inf``, ``1e300``, ``-1`` and ``0`` are click's usage error (exit 2) naming
    the option, not a traceback or a limit that never stops anything."""

    name = "seconds"

    def __init__(self, maximum: float = MAX_SECONDS) -> None:
        self.maximum = maximum

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            seconds = float(value)
        else:
            try:
                seconds = float(str(value).strip())
            except ValueError:
                seconds = math.nan
        if not (math.isfinite(seconds) and 0 < seconds <= self.maximum):
            self.fail(f"{str(value)!r} is not a time limit: give seconds, more than 0 and at "
                      f"most {self.maximum:,.0f}" + (" (a day)" if self.maximum == 86_400 else ""),
                      param, ctx)
        return seconds


#: ``--timeout``'s type wherever a command takes one (kg query, kg serve, kg shacl)
SECONDS = Seconds()
