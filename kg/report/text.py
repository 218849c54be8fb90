"""The report for people: the headline, then every finding that is not a pass with
its quotes highlighted in context, the arithmetic, expected and observed; passes
follow one per line."""

from __future__ import annotations

import io
import re

from rich.console import Console
from rich.text import Text as RichText

from kg.anchor import line_col
from kg.check.model import Finding, Quote, Report
from kg.problems import visible
from kg.report import Source


class Text(RichText):
    """Every piece of text of the report goes through here: labels, quotes, messages and
    paths are a document's, and their control characters are shown, not obeyed
    (:func:`kg.problems.visible`; rich keeps ESC and U+202E as they are)."""

    def __init__(self, text: str = "", *args, **kwargs) -> None:
        super().__init__(visible(text), *args, **kwargs)

    def append(self, text, style=None):  # type: ignore[override]
        return super().append(visible(text) if isinstance(text, str) else text, style)

STYLE = {"violation": "bold red", "warning": "bold yellow", "info": "bold cyan",
         "pass": "green"}
CONTEXT = 60  # characters of source shown around quotes


def render_text(report: Report, sources: dict[str, Source], console: Console,
                fail_on: str = "violation", show_passes: bool = True) -> None:
    console.print(Text.assemble(("claimgraph check: ", "bold"), report.headline()))
    notable = [f for f in report.findings if f.severity != "pass"]
    for f in notable:
        console.print()
        _finding(f, sources.get(f.document), console)
    for d in report.diagnosis_objects:
        console.print()
        _diagnosis(d, report, console)
    if report.what_if:
        console.print()
        _what_if(report.what_if, console)
    passes = [f for f in report.findings if f.severity == "pass"]
    if passes and show_passes:
        console.print()
        console.print(Text("Consistent:", style="bold"))
        for f in passes:
            console.print(_pass_line(f))
    failing = sum(1 for f in report.findings if f.fails(fail_on))
    console.print()
    console.print(verdict(failing, fail_on))


def verdict(failing: int, fail_on: str) -> Text:
    """The report's last line: how many findings fail the run."""
    return (Text(f"{failing} finding{'s' * (failing != 1)} at or above '{fail_on}'",
                 style="bold red") if failing else
            Text(f"nothing at or above '{fail_on}'", style="bold green"))


def _pass_line(f: Finding) -> Text:
    line = Text("  ✓ ", style="green")
    line.append(f"{f.check:<15}", style="dim")
    line.append(f.label or f.id)
    detail = f.arithmetic or f.message
    line.append(f" — {detail}", style="dim")
    return line


def plain_console(buffer: io.StringIO) -> Console:
    """The console of a report written to a file or a pipe (not a terminal): no colour,
    110 columns, lines not wrapped, so each print's text is the same wherever it is made."""
    return Console(file=buffer, force_terminal=False, highlight=False, width=110,
                   soft_wrap=True)


def document_text(findings: list[Finding], diagnoses: list, source: Source | None
                  ) -> tuple[str, str, str]:
    """One document's pieces of the text report on :func:`plain_console`, as
    :func:`render_text` prints them: its findings that are not passes (``findings`` in the
    report's order), its diagnoses, its pass lines.  A warm run joins these
    (:mod:`kg.check.splice`) instead of rendering every document again."""
    pieces = []
    for part in ("notable", "diagnoses", "passes"):
        buffer = io.StringIO()
        console = plain_console(buffer)
        if part == "notable":
            for f in findings:
                if f.severity != "pass":
                    console.print()
                    _finding(f, source, console)
        elif part == "diagnoses":
            for d in diagnoses:
                console.print()
                _diagnosis(d, None, console)
        else:
            for f in findings:
                if f.severity == "pass":
                    console.print(_pass_line(f))
        pieces.append(buffer.getvalue())
    return pieces[0], pieces[1], pieces[2]


def _finding(f: Finding, source: Source | None, console: Console) -> None:
    head = Text()
    accepted = f.suppressed_by is not None
    head.append(("ACCEPTED " if accepted else "") + f.severity.upper(),
                style="dim" if accepted else STYLE[f.severity])
    head.append(f"  {f.check}  ", style="bold")
    head.append(f.label or f.id)
    console.print(head)
    where = locations(f, source)
    if where:
        console.print(Text("  " + " · ".join(where), style="dim"))
    if f.read:
        console.print(Text("  read by kg read, not yet confirmed by a person (kg confirm)",
                           style="yellow"))
    if source is not None and f.quotes:
        for cluster in clusters(f.quotes):
            console.print(in_context(source.text, cluster))
    for name, value in (("arithmetic", f.arithmetic), ("expected", f.expected),
                        ("observed", f.observed)):
        if value:
            console.print(Text.assemble(("  " + f"{name:<11}", "bold"), value))
    if not f.arithmetic:  # the message is the only place that says why expected ≠ observed
        console.print(Text("  " + f.message, style="italic"))
    if accepted:
        console.print(Text("  " + acceptance(f), style="dim"))


def locations(f: Finding, source: Source | None) -> list[str]:
    """Where a finding is: its claims file and line, its source file and line."""
    where = []
    if f.file:
        where.append(f"{f.file}:{f.line}")
    if source is not None and f.quotes:
        where.append(f"{source.path}:{line_col(source.text, f.quotes[0].start)[0]}")
    return where


def acceptance(f: Finding) -> str:
    """Who accepted a finding, when and why ("" when nobody did)."""
    s = f.suppressed_by
    return f"accepted by {s.creator} on {s.date}: {s.reason}" if s is not None else ""


def suspect(c) -> Text:
    """A diagnosis's suspect figure, in the report's words: "'910 million US dollars'
    (910 million US dollars) is most likely 9.1 billion US dollars — power of ten (×10)"."""
    line = Text.assemble((repr(c.quote), "bold"), f" ({c.describe_value(c.stated)}) is most "
                         "likely ", (c.verdict(), "bold"))
    if c.pattern:
        line.append(f" — {c.pattern}" + (f" ({c.detail})" if c.detail else ""))
    return line


def ambiguous(c) -> str:
    """One of an ambiguous diagnosis's figures, and what the others imply for it."""
    return (f"{c.quote!r} ({c.describe_value(c.stated)}): the other figures imply "
            f"{c.describe_implied()}" + (f", e.g. {c.describe_value(c.suggested)}"
                                         if c.suggested is not None else ""))


def _diagnosis(d, report: Report | None, console: Console) -> None:
    head = Text("DIAGNOSIS", style="bold magenta")
    if d.status == "ambiguous":
        head.append("  ambiguous: the evidence does not single out one figure")
        console.print(head)
        for group in [d.candidates] + d.alternatives:
            for c in group:
                console.print(Text("  " + ambiguous(c)))
        return
    for c in d.candidates:
        console.print(Text.assemble(head, "  ", suspect(c)))
        explained = ", ".join(i.split("/")[-2] + f" ({i.split('/')[-1]})" for i in c.explains)
        console.print(Text(f"  {c.support} relation{'s' * (c.support != 1)} independently "
                           f"impl{'y' if c.support != 1 else 'ies'} {c.describe_implied()}: "
                           f"{explained}"))
    if d.clears_all is not None:
        console.print(Text("  applying it clears every violation" if d.clears_all else
                           "  applying it does not clear every violation",
                           style="green" if d.clears_all else "yellow"))
    for reason in d.reasons:
        console.print(Text(f"  · {reason}", style="dim"))
    if d.method == "greedy":
        console.print(Text(f"  (greedy search: at most {d.bound}× the fewest figures)",
                           style="dim"))


def _what_if(w: dict, console: Console) -> None:
    assumed = ", ".join(f"{a['figure'].rsplit('/', 1)[-1]} = {a['value']}"
                        for a in w["assumptions"])
    console.print(Text.assemble(("WHAT IF  ", "bold blue"), f"assuming {assumed}:"))
    for label, key, style in (("cleared", "cleared", "green"), ("still failing", "stillFailing",
                                                                 "yellow"),
                              ("newly failing", "newlyFailing", "red")):
        ids = w[key]
        console.print(Text(f"  {label}: " + (", ".join(ids) if ids else "none"),
                           style=style if ids else "dim"))


def clusters(quotes: list[Quote]) -> list[list[Quote]]:
    """Quotes close together share one line of context; distant ones get their own."""
    groups: list[list[Quote]] = []
    for q in sorted(quotes, key=lambda q: q.start):
        if groups and q.start - groups[-1][-1].end <= 2 * CONTEXT:
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups


def in_context(text: str, quotes: list[Quote]) -> Text:
    """The source around some quotes, with the quotes highlighted."""
    start = max(0, min(q.start for q in quotes) - CONTEXT)
    end = min(len(text), max(q.end for q in quotes) + CONTEXT)
    out = Text("  " + ("…" if start > 0 else ""))
    pos = start
    for q in quotes:
        if q.start < pos:
            continue
        out.append(_flat(text[pos:q.start]), style="dim")
        out.append(_flat(text[q.start:q.end]), style="bold reverse")
        pos = q.end
    out.append(_flat(text[pos:end]), style="dim")
    if end < len(text):
        out.append("…", style="dim")
    return out


def _flat(s: str) -> str:
    return re.sub(r"\s+", " ", s)
