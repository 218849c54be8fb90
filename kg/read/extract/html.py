"""A web page to its article's text: navigation, sidebars, footers and cookie banners left
out (trafilatura), tables kept as pipe rows with their captions."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from kg.problems import InputError, Problem, display_path
from kg.read.extract import Extracted

@cache
def _english_dates() -> None:
    """Have htmldate's last-resort date parser (dateparser) read English only. With no
    language given it tries each of its 200-odd locales on a string no date is in ("due
    October 31 and April 30"), compiling each locale's patterns: three to five seconds on
    the first such page, where kg read of a page should take one. The pages kg read reads
    are in English, as its number and sentence readers are."""
    import htmldate.extractors
    from dateparser import DateDataParser

    parser = htmldate.extractors.get_external_parser()  # the library's own settings
    english = DateDataParser(languages=["en"], settings=parser._settings)
    htmldate.extractors.get_external_parser = lambda: english
    kept = _kept_month_words()
    if kept is not None:
        real = htmldate.extractors.month_words

        def month_words() -> frozenset[str]:
            return kept

        month_words.__wrapped__ = real  # type: ignore[attr-defined]
        htmldate.extractors.month_words = month_words


#: htmldate's month names of every dateparser locale (its ``month_words()``, which loads the
#: data of each of dateparser's 200-odd locales to ask whether a string may hold a date:
#: some 80 ms of a page's read), kept with both libraries' versions (after an upgrade of
#: either: ``python -m kg.read.extract.html``)
MONTH_WORDS = Path(__file__).with_name("month-words.json")


def month_word_versions() -> dict[str, str]:
    import dateparser
    import htmldate

    return {"dateparser": dateparser.__version__, "htmldate": htmldate.__version__}


def month_words_text() -> str:
    """The text of :data:`MONTH_WORDS`, from htmldate and dateparser themselves."""
    import htmldate.extractors

    asked = htmldate.extractors.month_words
    words = getattr(asked, "__wrapped__", asked)()  # (the library's own, not the kept)
    return json.dumps({**month_word_versions(), "words": sorted(words)}, ensure_ascii=False,
                      indent=0) + "\n"


def _kept_month_words() -> frozenset[str] | None:
    """:data:`MONTH_WORDS`' words where the installed dateparser and htmldate wrote them."""
    from kg.jsontext import kept

    found = kept(MONTH_WORDS, month_word_versions())
    return None if found is None else frozenset(found.get("words", ()))


_SEPARATOR = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


def extract_html(path: Path, html: str) -> Extracted:
    import trafilatura

    # trafilatura fetches nothing when handed a string; comments, images and links' targets
    # are not the article's words
    options = dict(output_format="txt", include_tables=True, include_comments=False,
                   include_images=False, include_links=False, deduplicate=False)
    page = _unwrapped(html)
    text = trafilatura.extract(page, favor_recall=True, **options)
    if text and _tables_lost(html, text):
        # where its main pass finds little, the recall-favoured pass may hand back a fallback
        # extractor's text: the source's line wraps kept as breaks (so a sentence is cut in
        # two claims) and each table cell on a line of its own; the main pass's text keeps
        # the sentences whole and the tables as rows
        precise = trafilatura.extract(page, **options)
        if precise and not _tables_lost(html, precise):
            text = precise
    if not text or not text.strip():
        raise InputError(Problem(display_path(path), 0, "no article text found in the page",
                                 "save the article's text as a .txt file and read that"))
    _english_dates()
    meta = trafilatura.extract_metadata(html)
    text = _with_dateline(html, _indented_rows(html, tidy_tables(text)))
    return Extracted(text, title=meta.title if meta else None,
                     date=meta.date if meta else None, format="html",
                     bold=_bold_last_rows(html, text), footer=_footer(html))


def _footer(html: str) -> str:
    """The words of the page's ``<footer>`` elements, one line."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    return " ".join(" ".join(e.text_content().split()) for e in root.xpath("//body//footer"))


def _tables_lost(html: str, text: str) -> bool:
    """Whether the page has a table with rows the extracted text shows no pipe row of."""
    return re.search(r"<tr\b", html, re.I) is not None and \
        not any(line.startswith("|") for line in text.split("\n"))


#: elements whose line breaks are the text's own
_KEEPS_LINES = {"pre", "textarea", "script", "style"}
_WRAP = re.compile(r"[ \t]*\n\s*")


def _unwrapped(html: str) -> str:
    """The page with the line breaks of its source's wrapping made spaces: a browser shows
    "against 1,645 times for⏎each pedal bike" in one paragraph as one line, but trafilatura
    keeps the break, and a break then reads as a paragraph's end, cutting the sentence in
    two. Only ``<pre>`` (and code) keeps its lines; ``<br>`` is an element and stays."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    if root.getroottree().getroot() is not root:
        return html

    def kept(e) -> bool:
        return any(isinstance(a.tag, str) and a.tag in _KEEPS_LINES
                   for a in (e, *e.iterancestors()))

    for e in list(root.iter()):
        if not isinstance(e.tag, str):
            continue
        if e.tag == "div" and _broken_lines(e):
            # "<div class=tile><b>8,430 MWh</b><br>generated</div>": a box of lines a <br>
            # breaks, text and inline words only; trafilatura loses the words before the
            # break unless they sit in a paragraph, as a browser shows them
            p = lxml.html.Element("p")
            p.text, e.text = e.text, None
            for child in list(e):
                p.append(child)
            e.append(p)
        if e.text and "\n" in e.text and not kept(e):
            e.text = _WRAP.sub(" ", e.text)
        parent = e.getparent()
        if e.tail and "\n" in e.tail and not (parent is not None and kept(parent)):
            e.tail = _WRAP.sub(" ", e.tail)
    return lxml.html.tostring(root, encoding="unicode")


#: the elements a browser sets inside a line of text, not as blocks of their own
_INLINE = frozenset("""a abbr b bdi bdo br cite code data dfn em i kbd mark q s samp small span
    strong sub sup time u var wbr""".split())


def _broken_lines(e) -> bool:
    """Whether a <div> holds lines of text a <br> breaks and nothing but inline words."""
    children = [c for c in e if isinstance(c.tag, str)]
    return any(c.tag == "br" for c in children) and all(c.tag in _INLINE for c in children) \
        and bool("".join(e.itertext()).strip())


_BYLINE = re.compile(r"\b(?:byline|dateline|pubdate|published|timestamp)\b", re.I)
#: the class of a page's line of facts about itself: when it came out, by whom
_META = re.compile(r"\b(?:post)?meta\b", re.I)  # "meta", "post-meta", "entry-meta", "postmeta"


def _with_dateline(html: str, text: str) -> str:
    """The text with the article's dateline ("Sunday, 14 June 2025") under its headline
    when trafilatura left it out: it files a byline as metadata, yet its weekday is a
    claim a reader checks. The dateline is a ``<time>`` element's words, or else a byline's
    that say a date; one line, and only when the text does not already say it."""
    import lxml.html

    from kg.numbers import find_mentions

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return text
    outside = "ancestor::nav|ancestor::footer|ancestor::aside|ancestor::header"
    found = [" ".join(e.text_content().split()) for e in root.xpath("//body//time")
             if not e.xpath(outside)]
    # a byline's words; then a page's line of "meta" words under its headline ("Published
    # Friday 2 October 2026", "Media release · Tuesday 23 July 2024"): the day it came out is
    # a date a reader checks; a writer's byline there ("By A. Writer · 3 May 2026") is left
    # to the byline's own class
    bylines, metas = [], []
    for e in root.xpath("//body//*[@class]"):
        kind = e.get("class") or ""
        if not (_BYLINE.search(kind) or _META.search(kind)) or e.xpath(outside):
            continue
        line = " ".join(e.text_content().split())
        if _BYLINE.search(kind):
            bylines.append(line)
        if _META.search(kind) and not re.match(r"By\s", line):
            metas.append(line)
    found += bylines + metas
    flat = " ".join(text.split())
    line = next((f for f in found if f and any(
        m.kind == "date" and m.date for m in find_mentions(f))), None)
    if not line or line in flat or any(
            m.kind == "date" and m.text in flat for m in find_mentions(line)):
        return text
    heads = [" ".join(h.text_content().split()) for h in root.xpath("//body//h1")]
    lines = text.split("\n")
    at = next((i + 1 for i, got in enumerate(lines) if got.strip() and got.strip() in heads), 0)
    block = (["", line] if at else [line]) + ([""] if at < len(lines) and lines[at].strip() else [])
    return "\n".join(lines[:at] + block + lines[at:])


def _bold_last_rows(html: str, text: str) -> tuple[tuple[int, int], ...]:
    """Where the text has the label of a table's last row that the page sets apart as its
    total: in bold, in the table's foot, or with a class or style that says so."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ()
    out = []
    for table in root.iter("table"):
        rows = table.xpath(".//tr")
        cells = rows[-1].xpath("./th|./td") if len(rows) >= 3 else []
        if not cells:
            continue
        first = cells[0]
        label = " ".join(first.text_content().split())
        marks = " ".join((e.get("class") or "") + " " + (e.get("style") or "")
                         for e in (rows[-1], first))
        strong = " ".join(" ".join(b.text_content().split())
                          for b in first.xpath(".//b|.//strong"))
        if label and (strong == label or rows[-1].xpath("ancestor::tfoot") or
                      re.search(r"total|bold|font-weight:\s*(?:bold|[6-9]00)", marks, re.I)):
            # the last pipe row that starts with the label, closing its block
            for m in re.finditer(r"^\| " + re.escape(label) + r" \|[^\n]*\n(?!\|)", text, re.M):
                out.append((m.start() + 2, m.start() + 2 + len(label)))
    return tuple(sorted(set(out)))


#: a class or style that sets a table row's label in from the others
_INDENT_MARK = re.compile(r"padding-left|text-indent|margin-left|\bindent|\bsub-?(?:row|item|line)",
                          re.I)


def _indented_rows(html: str, text: str) -> str:
    """The text with each table row whose label the page sets in (behind no-break spaces,
    or with a class or style of indent) set in as a plain-text table writes it ("|   Medtech
    |"): the rows set in under a row are its breakdown, which the extracted text would
    otherwise lose."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return text
    labels = set()
    for row in root.xpath("//table//tr"):
        cells = row.xpath("./th|./td")
        if len(cells) < 2:
            continue
        raw = cells[0].text_content()
        label = " ".join(raw.split())
        marks = " ".join((e.get("class") or "") + " " + (e.get("style") or "")
                         for e in (row, cells[0]))
        if label and (raw.startswith("\xa0") or _INDENT_MARK.search(marks)):
            labels.add(label)
    for label in labels:
        text = re.sub(r"^\| " + re.escape(label) + r" \|", lambda _: f"|   {label} |", text,
                      flags=re.M)
    return text


def tidy_tables(text: str) -> str:
    """trafilatura's Markdown-like tables as plain pipe rows: separator rows dropped, a
    caption (a first row of one cell) on a line of its own, each row's padding trimmed."""
    out = []
    for line in text.split("\n"):
        line = line.rstrip()
        if _SEPARATOR.match(line):
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            filled = [c for c in cells if c]
            if len(filled) == 1 and cells[0] and len(cells) > 1:
                out.extend(["", cells[0]] if out else [cells[0]])  # a caption over the table
                continue
            line = "| " + " | ".join(cells) + " |"
        elif out and out[-1] and not (line.startswith("|") and out[-1].startswith("|")):
            out.append("")  # trafilatura ends a paragraph with one line break; a reader sees two
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"


if __name__ == "__main__":  # python -m kg.read.extract.html: write month-words.json again
    import sys

    MONTH_WORDS.write_text(month_words_text(), encoding="utf-8")
    print(f"wrote {MONTH_WORDS}", file=sys.stderr)
