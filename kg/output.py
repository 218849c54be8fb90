"""One set of output options for every command that prints rows: ``--format table|csv|tsv|json``."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from kg.problems import visible

ROW_FORMATS = ("table", "csv", "tsv", "json")
F = TypeVar("F", bound=Callable[..., Any])


def format_option(choices: Sequence[str] = ROW_FORMATS, default: str = "table") -> Callable[[F], F]:
    """The shared ``--format`` option."""
    return click.option("--format", "fmt", type=click.Choice(list(choices)), default=default,
                        show_default=True, help="Output format.")


def render_rows(rows: list[dict[str, Any]], columns: list[str], fmt: str,
                title: str | None = None) -> str:
    """Rows as a rich table, CSV, TSV or a JSON array."""
    if fmt == "json":
        return json.dumps([{c: r.get(c) for c in columns} for r in rows], indent=2,
                          ensure_ascii=False) + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
        return buf.getvalue()
    # rich here only: a command that prints no table (kg check's reports) need not import it
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*("" if r.get(c) is None else _cell(r.get(c)) for c in columns))
    console = Console(file=io.StringIO(), width=max(100, _terminal_width()), record=True,
                      highlight=False)
    console.print(table)
    return console.export_text()


def _cell(value: Any) -> str:
    # rich markup and control characters in user text must print as text
    from rich.markup import escape
    return escape(visible(str(value).replace("\n", " ")))


def _terminal_width() -> int:
    try:
        import shutil
        return shutil.get_terminal_size((120, 24)).columns
    except OSError:  # pragma: no cover
        return 120


def echo(line: str, err: bool = False) -> None:
    """Print one line for people (a message, a note, a problem): the one place such a line
    reaches the terminal, so every control character in it is shown, not obeyed
    (:func:`kg.problems.visible`), a newline included: what a document holds cannot forge
    a line of its own."""
    import click
    click.echo(visible(line.removesuffix("\n")), err=err)
