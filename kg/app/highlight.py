"""A source text as HTML with its claims highlighted by status and its figures marked,
the suspect of a diagnosis apart from the others.

The text is escaped and rendered as HTML, never as Markdown: "$57.4 billion … $50.9
billion" stays dollars (not math), "1." stays a section number, and "![img](x)" stays
text (no request leaves the browser).  A highlight runs across line breaks and blank
lines, one element from the first character of the quote to the last.

>>> highlighted("a $5 b", [Span(0, 6, "violation", "c-1")], [Span(2, 4, "suspect", "f-1")])
'<div class="cg-source" style="white-space: pre-wrap; font-family: serif; line-height: 1.6"><mark data-claim="c-1" title="c-1: violation" style="background:#f5b7b1">a <span data-figure="f-1" title="f-1: suspect" style="outline: 2px solid #c0392b; font-weight: bold">$5</span> b</mark></div>'
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

COLOURS = {"violation": "#f5b7b1", "warning": "#f9e79f", "info": "#aed6f1", "pass": "#abebc6",
           "not checked": "#e5e7e9"}
FIGURE_STYLES = {"suspect": "outline: 2px solid #c0392b; font-weight: bold",
                 "figure": "border-bottom: 1px dotted #555"}
#: the claim a link chose, apart from the others (a frame around its highlight)
CHOSEN_STYLE = "outline: 3px solid #1f4e79; outline-offset: 1px"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    status: str  # a claim's worst finding ("not checked"); a figure's "figure" or "suspect"
    name: str  # the claim's or figure's id


def highlighted(text: str, claims: list[Span], figures: list[Span],
                chosen: str | None = None, fold: bool = False,
                css_class: str = "cg-source") -> str:
    """``text`` as HTML: each claim a <mark> in its status colour, each figure inside it a
    <span>, the suspect outlined, the ``chosen`` claim framed (``data-chosen``).
    Overlapping claims (or figures): the first one wins.  ``fold``: line breaks read as
    spaces (a sentence on its own, whose source's hard wrapping is not the sentence's)."""
    claims, figures = _disjoint(claims), _disjoint(figures)
    cuts = sorted({0, len(text)} | {p for s in claims + figures for p in (s.start, s.end)
                                   if 0 <= p <= len(text)})
    out, open_claim, open_figure = [], None, None
    for a, b in zip(cuts, cuts[1:]):
        claim = next((s for s in claims if s.start <= a < s.end), None)
        figure = next((s for s in figures if s.start <= a < s.end), None)
        if claim is not open_claim:
            if open_figure is not None:
                out.append("</span>")
                open_figure = None
            if open_claim is not None:
                out.append("</mark>")
            if claim is not None:
                out.append(_open("mark", "claim", claim, "background:" + COLOURS.get(
                    claim.status, COLOURS["not checked"]) + (
                    "; " + CHOSEN_STYLE if claim.name == chosen else ""),
                    ' data-chosen="true"' if claim.name == chosen else ""))
            open_claim = claim
        if figure is not open_figure:
            if open_figure is not None:
                out.append("</span>")
            if figure is not None:
                out.append(_open("span", "figure", figure, FIGURE_STYLES.get(
                    figure.status, FIGURE_STYLES["figure"])))
            open_figure = figure
        out.append(escape(text[a:b]))
    out.append("</span>" if open_figure is not None else "")
    out.append("</mark>" if open_claim is not None else "")
    wrap = "normal" if fold else "pre-wrap"
    return (f'<div class="{escape(css_class)}" style="white-space: {wrap}; '
            'font-family: serif; line-height: 1.6">' + "".join(out) + "</div>")


def _open(tag: str, kind: str, span: Span, style: str, extra: str = "") -> str:
    return (f'<{tag} data-{kind}="{escape(span.name)}"{extra} title="{escape(span.name)}: '
            f'{escape(span.status)}" style="{style}">')


def legend() -> str:
    """The colours and marks, as HTML."""
    marks = " ".join(f'<mark style="background:{colour}">{escape(status)}</mark>'
                     for status, colour in COLOURS.items())
    return (f"<div>{marks} <span style=\"{FIGURE_STYLES['figure']}\">figure</span> "
            f"<span style=\"{FIGURE_STYLES['suspect']}\">suspect figure</span></div>")


def _disjoint(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.end > s.start and (not kept or s.start >= kept[-1].end):
            kept.append(s)
    return kept
