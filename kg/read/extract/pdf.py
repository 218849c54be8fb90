"""A PDF's text and tables (pdfplumber): each page's words outside its tables as running
text, each table as pipe rows where it stands on the page."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from kg.problems import InputError, Problem, display_path
from kg.read.extract import Extracted


def extract_pdf(path: Path, data: bytes) -> Extracted:
    import io
    import logging

    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings are not the user's
    blocks: list[str] = []
    bold: list[tuple[int, int]] = []
    at = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            meta = pdf.metadata or {}
            for page in pdf.pages:
                for k, (block, spans) in enumerate(_page(page)):
                    if k == 0 and _runs_on(blocks, block):
                        blocks.pop()  # the page's break, no paragraph's
                        at -= 1
                    bold.extend((at + a, at + b) for a, b in spans)
                    blocks.append(block)
                    at += len(block) + 1
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise InputError(Problem(display_path(path), 0, f"not a PDF that can be read "
                                 f"({type(exc).__name__})")) from None
    except Exception as exc:  # pdfminer raises its own types for damaged files
        if type(exc).__module__.startswith(("pdfminer", "pdfplumber")):
            raise InputError(Problem(display_path(path), 0, f"not a PDF that can be read "
                                     f"({type(exc).__name__})")) from None
        raise
    text = "\n".join(blocks).strip("\n") + "\n"
    if not text.strip():
        raise InputError(Problem(display_path(path), 0, "the PDF has no text layer",
                                 "run OCR on it first (e.g. ocrmypdf) and read the result"))
    title = meta.get("Title") if isinstance(meta.get("Title"), str) else None
    return Extracted(text, title=title or None, format="pdf", bold=tuple(bold))


def _runs_on(blocks: list[str], block: str) -> bool:
    """Whether a page's first block goes on with the sentence the page before broke off:
    that page's text ends in no stop ("collections were 4.1 million tonnes") and this one
    opens in lower case ("against 3.9 million tonnes, …"); a table is no sentence."""
    if len(blocks) < 2 or blocks[-1] != "" or not block.strip():
        return False
    before, after = blocks[-2].rstrip(), block.lstrip()
    return bool(before) and not before.endswith((".", "!", "?", ":", ";", "|")) and \
        after[:1].islower()


def _page(page) -> list[tuple[str, list[tuple[int, int]]]]:
    """A page's blocks from top to bottom, text between tables and the tables, each with
    where it sets a table row's label in bold (offsets in the block)."""
    # a ruled header with no ruled rows under it is not a table: its words are read with
    # the rows below them
    ruled = [t for t in page.find_tables() if len(t.extract()) >= 3]
    pieces: list[tuple[float, str, list[tuple[int, int]]]] = []
    for table in ruled:
        cells = _unstacked(table.extract())
        inward = _set_in(page, table) if len(cells) == len(table.rows) else set()
        rows = [("|   " if k in inward else "| ") + " | ".join(_cell(c) for c in row) + " |"
                for k, row in enumerate(cells)]
        label = _cell(cells[-1][0])
        box = table.rows[-1].cells[0]
        chars = [c for c in page.crop(box).chars if c["text"].strip()] if box and label else []
        bold = [] if not chars or not all(_is_bold(c) for c in chars) else \
            [(len("\n".join(rows[:-1])) + 3, len("\n".join(rows[:-1])) + 3 + len(label))]
        pieces.append((table.bbox[1], "\n".join(rows), bold))
    boxes = [t.bbox for t in ruled]
    for box, text, bold in _word_tables(page, boxes):
        boxes.append(box)
        pieces.append((box[1], text, bold))
    if not boxes:
        return [(_in_columns(page, _body_size(page)), []), ("", [])]

    def outside(obj) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    rest = page.filter(outside)
    # text above, between and below the tables, each band extracted on its own
    edges = [0.0] + [y for b in sorted(boxes, key=lambda b: b[1]) for y in (b[1], b[3])] \
        + [float(page.height)]
    for top, bottom in zip(edges[::2], edges[1::2]):
        if bottom - top < 1:
            continue
        band = rest.crop((0, top, page.width, bottom), strict=False)
        words = _in_columns(band, _body_size(page))
        if words.strip():
            pieces.append((top, words, []))
    pieces.sort(key=lambda p: p[0])
    return [(text, bold) for _, text, bold in pieces] + [("", [])]


def _set_in(page, table) -> set[int]:
    """The rows of a ruled table whose label starts further in than the others' (a
    breakdown of the row above it: "Revenue" over "  Print", "  Digital")."""
    starts: dict[int, tuple[float, float]] = {}
    for k, row in enumerate(table.rows):
        box = row.cells[0] if row.cells else None
        chars = [c for c in page.crop(box).chars if c["text"].strip()] if box else []
        if chars:
            first = min(chars, key=lambda c: c["x0"])
            starts[k] = (first["x0"], first["size"])
    return _inward(starts)


def _inward(starts: dict[int, tuple[float, float]]) -> set[int]:
    """Of rows whose labels start at ``starts`` (x, font size), those set in: left-aligned
    labels start at a few steps, two rows or more at the edge; labels centred in their
    column start wherever their length puts them, and none of them is set in."""
    if not starts:
        return set()
    edge = min(x for x, _ in starts.values())
    steps: list[float] = []
    for x in sorted(x for x, _ in starts.values()):
        if not steps or x - steps[-1] > 1:
            steps.append(x)
    if sum(x - edge <= 1 for x, _ in starts.values()) < 2 or len(steps) > 3:
        return set()
    return {k for k, (x, size) in starts.items() if x - edge > 0.4 * size}


#: the narrowest gutter between two columns of text, in the body's font size, and the fewest
#: lines each column runs over
_GUTTER = 1.2
_SIDE_BY_SIDE = 4


def _in_columns(region, body: float) -> str:
    """The region's text, where it sets prose in two columns side by side (a release's
    story beside its highlights), each column whole in turn, left then right: read across,
    pdfplumber's lines interleave the two (their baselines differ), and every sentence on
    them breaks. Lines across the page above and below are read as they stand."""
    if not body:
        return _headed(region, body)
    rows: list[list[dict]] = []
    for word in sorted(region.extract_words(x_tolerance=1.5), key=lambda w: w["top"]):
        if rows and word["top"] - rows[-1][0]["top"] <= 0.3 * body:
            rows[-1].append(word)
        else:
            rows.append([word])
    left, right = region.bbox[0], region.bbox[2]
    middle = (left + 0.3 * (right - left), left + 0.7 * (right - left))

    def free(row: list[dict]) -> list[tuple[float, float]]:
        """The runs of the middle of the region no word of the row stands on."""
        gaps, at = [], middle[0]
        for w in sorted(row, key=lambda w: w["x0"]):
            if w["x0"] > at:
                gaps.append((at, min(w["x0"], middle[1])))
            at = max(at, w["x1"])
            if at >= middle[1]:
                break
        if at < middle[1]:
            gaps.append((at, middle[1]))
        return [g for g in gaps if g[1] - g[0] >= _GUTTER * body]

    def meet(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> list:
        both = [(max(x[0], y[0]), min(x[1], y[1])) for x in a for y in b]
        return [g for g in both if g[1] - g[0] >= _GUTTER * body]

    # runs of rows, one after another without a wider break than a paragraph's, that leave
    # a gutter through them all
    runs: list[tuple[int, int, tuple[float, float]]] = []
    k = 0
    while k < len(rows):
        gaps, end = free(rows[k]), k
        while gaps and end + 1 < len(rows) and \
                rows[end + 1][0]["top"] - max(w["bottom"] for w in rows[end]) < 2 * body:
            kept = meet(gaps, free(rows[end + 1]))
            if not kept:
                break
            gaps, end = kept, end + 1
        if gaps and _two_columns(rows[k:end + 1], gaps[0]):
            runs.append((k, end, gaps[0]))
            k = end + 1
        else:
            k += 1
    if not runs:
        return _headed(region, body)
    out, top = [], region.bbox[1]
    for k, end, (g0, g1) in runs:
        start = (max(w["bottom"] for w in rows[k - 1]) + rows[k][0]["top"]) / 2 if k \
            else region.bbox[1]
        stop = (max(w["bottom"] for w in rows[end]) + rows[end + 1][0]["top"]) / 2 \
            if end + 1 < len(rows) else region.bbox[3]
        if start > top:
            out.append(_headed(region.crop((left, top, right, start), strict=False), body))
        cut = (g0 + g1) / 2
        out.append(_headed(region.crop((left, start, cut, stop), strict=False), body))
        out.append("")  # the right column is another run of paragraphs
        out.append(_headed(region.crop((cut, start, right, stop), strict=False), body))
        out.append("")
        top = stop
    if top < region.bbox[3]:
        out.append(_headed(region.crop((left, top, right, region.bbox[3]), strict=False), body))
    return "\n".join(t for t in out if t is not None).strip("\n")


def _two_columns(rows: list[list[dict]], gap: tuple[float, float]) -> bool:
    """Whether rows with a gutter through them set prose on both sides of it, over enough
    lines: a few words a line each side, not a label and its number (a table's, an
    address block's)."""
    sides = [[[w for w in row if (w["x1"] <= gap[0]) == left] for row in rows]
             for left in (True, False)]
    # (words of letters: "Poland 14 820 | 15 906 +7,3" is a table's row, its digits no words)
    return all(sum(1 for r in side if r) >= _SIDE_BY_SIDE and
               sum(1 for row in side for w in row if re.search(r"[^\W\d_]{2}", w["text"]))
               >= 3 * sum(1 for r in side if r) for side in sides)


def _body_size(page) -> float:
    """The font size most of the page's characters are set in: its body text's."""
    sizes = Counter(round(c["size"], 1) for c in page.chars if c["text"].strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _headed(region, body: float) -> str:
    """The region's text, a line set larger than the body (a headline, a section heading) a
    paragraph of its own: pdfplumber's text runs a masthead, a headline and the first
    sentence into one paragraph, and so into one sentence."""
    text = region.extract_text(x_tolerance=1.5) or ""
    lines = region.extract_text_lines(x_tolerance=1.5, strip=False)
    if not body or len(lines) != text.count("\n") + 1 or \
            any(line["text"] != got for line, got in zip(lines, text.split("\n"))):
        return text  # lines that do not match the text's one for one: leave it as it is

    def large(line: dict) -> bool:
        chars = [c for c in line["chars"] if c["text"].strip()]
        return bool(chars) and min(c["size"] for c in chars) > 1.15 * body

    def bold(line: dict) -> bool:
        chars = [c for c in line["chars"] if c["text"].strip()]
        return bool(chars) and all(_is_bold(c) for c in chars)

    def heading_apart(a: dict, b: dict) -> bool:
        """Whether one of two lines at the body's size is a heading set in bold and the
        other no line of it: short, ending in a word ("Fiscal 2025 highlights"), not a
        sentence's line nor a table's total row, over (or under) a line not in bold."""
        if bold(a) == bold(b) or large(a) or large(b):
            return False
        head = a if bold(a) else b
        return len(head["text"].split()) <= 8 and \
            bool(re.search(r"[^\W\d_]{3}$", head["text"]))

    marks = _marks(region, body)
    out: list[str] = []
    item: float | None = None  # where the words of the list's item stand, within a list
    for k, line in enumerate(lines):
        bulleted = _bulleted(line, marks, body)
        # an item's wrapped lines hang under its words; a line back at the margin is the
        # text after the list (its heading, its next paragraph), no part of the last item
        back = item is not None and not bulleted and line["x0"] < item - _MARK_GAP * body / 2
        if (k and (large(line) != large(lines[k - 1]) or
                   heading_apart(lines[k - 1], line))) or back:
            out.append("")  # a change of size between two lines parts two paragraphs, and
            # a heading set in bold at the body's size parts from the text under it
        if bulleted:
            item = line["x0"]
        elif back:
            item = None
        out.append(_BULLET + line["text"] if bulleted else line["text"])
    return "\n".join(out)


#: how a line a drawn bullet opens is written: the mark a list's item has in text
_BULLET = "\u2022 "
#: the largest a drawn bullet is, and the farthest left of its line's first word it stands,
#: in the body's font size
_MARK_SIZE = 0.6
_MARK_GAP = 2.5


def _marks(region, body: float) -> list[dict]:
    """The small shapes drawn on the region, dots and squares the size of a letter at most:
    a list's bullets, drawn rather than set as a character ("•")."""
    most = _MARK_SIZE * body
    return [m for m in (*region.curves, *region.rects)
            if 0 < m["x1"] - m["x0"] <= most and 0 < m["bottom"] - m["top"] <= most]


def _bulleted(line: dict, marks: list[dict], body: float) -> bool:
    """Whether a drawn bullet opens the line: a mark just left of its first word, level
    with it. The text layer has no character for it, so without it the items of a
    highlights list run together as one sentence and none reads as a key point."""
    x0 = line["x0"]
    return any(m["x1"] <= x0 and x0 - m["x1"] <= _MARK_GAP * body and
               line["top"] <= (m["top"] + m["bottom"]) / 2 <= line["bottom"] for m in marks)


def _unstacked(rows: list[list[str | None]]) -> list[list[str | None]]:
    """Rows a ruled table set in one ruled cell each ("Segment / Apparel / Footwear" over
    "Q3 FY2024 / 612.4 / 428.9"): where every cell of a row holds the same number of lines,
    each line is a row of its own."""
    out = []
    for row in rows:
        lines = [(c or "").split("\n") for c in row]
        counts = {len(ln) for ln, c in zip(lines, row) if c}
        if len(counts) == 1 and (n := counts.pop()) > 1 and all(c for c in row):
            out.extend([ln[k] for ln in lines] for k in range(n))
        else:
            out.append(row)
    return out


def _cell(value: str | None) -> str:
    return " ".join((value or "").split())


#: a cell that says it is empty: a dash, "n/a", ".."
_EMPTY = re.compile(r"^(?:[-–—]|n/?a|\.\.|x|\*)$", re.I)


def _word_tables(page, avoid: list) -> list[tuple[tuple[float, float, float, float], str,
                                                  list[tuple[int, int]]]]:
    """Tables set without rules, found from where the words stand: a run of lines that are
    a label and numbers in columns, and above it the head's lines, whose words (over one,
    two or three lines: "Labour / force") are each column's head."""
    from kg.read.tables import number

    words = [w for w in page.extract_words(x_tolerance=1.5, extra_attrs=["fontname", "size"])
             if not any(b[0] <= (w["x0"] + w["x1"]) / 2 <= b[2] and
                        b[1] <= (w["top"] + w["bottom"]) / 2 <= b[3] for b in avoid)]
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    for line in lines:
        line.sort(key=lambda w: w["x0"])
    lines = _centred_rows(lines, number)
    lines = _side_by_side(lines, number)
    chunks = [_chunks(line) for line in lines]

    def is_number(chunk) -> bool:
        return number(_text(chunk)) is not None or bool(_EMPTY.match(_text(chunk))) or \
            bool(_SPACED_DECIMAL.fullmatch(_text(chunk)))

    def cells(k: int, least: int | None = None) -> list[list[dict]] | None:
        """A row's label and number cells (at least ``least`` numbers, else two); None where
        the line is not a row."""
        got = chunks[k]
        out = [got[0]] if got and not is_number(got[0]) else []
        for chunk in got[len(out):]:
            if not is_number(chunk):
                if all(number(w["text"]) is not None for w in chunk):
                    out.extend([w] for w in chunk)  # numbers a narrow gap apart
                    continue
                return None
            out.append(chunk)
        numbers = [c for c in out[1 if out and not is_number(out[0]) else 0:]
                   if number(_text(c)) is not None or _SPACED_DECIMAL.fullmatch(_text(c))]
        return out if len(numbers) >= (2 if least is None else least) else None

    def under(k: int, run: list[int]) -> bool:
        """Whether a line of a label and fewer numbers than a row has ("All incidents
        18,200" below rows that fill every column) is a row of the table above it: each of
        its numbers stands under a number of the rows before, and the rows are at least two."""
        got = cells(k, least=1)
        if got is None or not got or is_number(got[0]) or len(run) < 2:
            return False
        above = [(c[0]["x0"], c[-1]["x1"]) for r in run for c in (cells(r) or [])[1:]]
        return all(any(c[0]["x0"] <= x1 and x0 <= c[-1]["x1"] for x0, x1 in above)
                   for c in got[1:])

    def one_column(k: int) -> list[int]:
        """A run of three or more lines from ``k`` that are each a label and one number,
        the numbers set flush right under each other ("Lottery grant      3,950"): a table
        of one column of amounts."""
        run: list[int] = []
        for j in range(k, len(lines)):
            got = cells(j, least=1)
            if got is None or len(got) != 2 or is_number(got[0]) or not is_number(got[1]) or \
                    (run and (abs(got[1][-1]["x1"] - cells(run[0], least=1)[1][-1]["x1"]) > 1.5
                              or lines[j][0]["top"] - lines[run[-1]][0]["top"]
                              >= 2 * lines[j][0]["size"])):
                break
            run.append(j)
        return run if len(run) >= 3 else []

    found = []
    k = 0
    while k < len(lines):
        if cells(k) is None:
            single = one_column(k)
            if single:
                table = _word_table(lines, chunks, single,
                                    [cells(r, least=1) for r in single], is_number)
                if table:
                    found.append(table)
                    k = single[-1] + 1
                    continue
            k += 1
            continue
        run = [k]
        size = lines[k][0]["size"]
        while run[-1] + 1 < len(lines) and (cells(run[-1] + 1) is not None or
                                            under(run[-1] + 1, run)) and \
                lines[run[-1] + 1][0]["top"] - lines[run[-1]][0]["top"] < 3 * size:
            run.append(run[-1] + 1)
        if len(run) >= 2:
            table = _word_table(lines, chunks, run, [cells(r) or cells(r, least=1) for r in run],
                                is_number)
            if table:
                found.append(table)
        k = run[-1] + 1
    return found


def _side_by_side(lines: list[list[dict]], number) -> list[list[dict]]:
    """Two tables set side by side, each a label and an amount a line ("Income £" beside
    "Expenditure £" over "Grants 145,000   Maintenance 188,400"): the left table's lines,
    then the right one's, each line cut where the right table's labels start (the same
    place on three lines or more); the head's line just above is cut there too."""
    def halves(line: list[dict]) -> float | None:
        """Where a line of label, amount, label, amount has its second label."""
        got = _chunks(line)
        kinds = [number(_text(c)) is not None for c in got]
        return got[2][0]["x0"] if kinds == [False, True, False, True] else None

    out: list[list[dict]] = []
    k = 0
    while k < len(lines):
        run = [k]
        at = halves(lines[k])
        while at is not None and run[-1] + 1 < len(lines) and \
                (nxt := halves(lines[run[-1] + 1])) is not None and abs(nxt - at) <= 2:
            run.append(run[-1] + 1)
        if at is None or len(run) < 3:
            out.append(lines[k])
            k += 1
            continue
        cut = min(halves(lines[j]) for j in run) - 1
        size = lines[k][0]["size"]
        head = out[-1] if out and 0 < lines[k][0]["top"] - out[-1][0]["top"] < 2.5 * size and \
            not any(w["x0"] < cut < w["x1"] for w in out[-1]) and \
            any(w["x0"] > cut for w in out[-1]) and any(w["x1"] < cut for w in out[-1]) else None
        rows = [lines[j] for j in run]
        if head is not None:
            out.pop()
            rows = [head] + rows
        out.extend([w for w in line if w["x1"] < cut] for line in rows)
        out.extend([w for w in line if w["x0"] > cut] for line in rows)
        k = run[-1] + 1
    return out


def _centred_rows(lines: list[list[dict]], number) -> list[list[dict]]:
    """A row whose label wraps over two lines and whose numbers stand centred between them
    ("Creditors' voluntary" above, "liquidations" below, "4,812  4,603" half-way): one line,
    the label's two lines read as one word where the numbers stand. The lines above and
    below hold words only, all left of the row's first number, each less than a line's
    height from it (lines of text stand a full line apart)."""
    out: list[list[dict]] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if 0 < k < len(lines) - 1 and out and out[-1] is lines[k - 1] and line and \
                number(line[0]["text"]) is not None:
            above, below = lines[k - 1], lines[k + 1]
            size = line[0]["size"]
            left = line[0]["x0"]
            if all(w["x1"] < left - size and number(w["text"]) is None
                   for w in above + below) and \
                    0 < line[0]["top"] - above[0]["top"] < 0.8 * size and \
                    0 < below[0]["top"] - line[0]["top"] < 0.8 * size and \
                    abs(above[0]["x0"] - below[0]["x0"]) < size:
                label = dict(above[0], text=" ".join(w["text"] for w in above + below),
                             x0=min(w["x0"] for w in above + below),
                             x1=max(w["x1"] for w in above + below),
                             top=line[0]["top"], bottom=line[0]["bottom"])
                out[-1] = [label] + line
                k += 2
                continue
        out.append(line)
        k += 1
    return out


#: a number whose thousands a word space groups and that a decimal point ends ("1 284.6",
#: "(2 031.75)"): one cell, never a number and then another (the reader decides from the
#: document's numbers whether it groups thousands so: kg.numbers.writes_space_thousands)
_SPACED_DECIMAL = re.compile(r"[-+−–(]?[$€£R]?\d{1,3}(?: \d{3})+\.\d+%?\)?")


def _text(chunk: list[dict]) -> str:
    return " ".join(w["text"] for w in chunk)


def _chunks(line: list[dict]) -> list[list[dict]]:
    """A line's words in runs a word space apart; a wider gap starts a new cell."""
    out: list[list[dict]] = []
    for w in line:
        if out and w["x0"] - out[-1][-1]["x1"] <= 0.9 * w["size"]:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _word_table(lines, chunks, run: list[int], rows: list, is_number):
    """One table from its run of rows, its head read from the lines just above it."""
    def span(chunk) -> tuple[float, float]:
        return chunk[0]["x0"], chunk[-1]["x1"]

    labels = [r[0] for r in rows if not is_number(r[0])]
    numbers = [c for r in rows for c in r if c not in labels]
    columns: list[list[float]] = []
    for chunk in sorted(numbers, key=lambda c: span(c)[1]):
        x0, x1 = span(chunk)
        for col in columns:
            if x0 <= col[1] and col[0] <= x1:
                col[0], col[1] = min(col[0], x0), max(col[1], x1)
                break
        else:
            columns.append([x0, x1])
    columns.sort()
    if any(a[1] >= b[0] for a, b in zip(columns, columns[1:])):
        return None
    label_end = max((span(c)[1] for c in labels), default=columns[0][0] - 1)
    if label_end >= columns[0][0]:
        return None
    # the zones each column's head may stand in: up to half-way to the next column
    bounds = [(label_end + columns[0][0]) / 2] + \
        [(a[1] + b[0]) / 2 for a, b in zip(columns, columns[1:])]
    zones = [(-1e9, bounds[0])] + list(zip(bounds, bounds[1:] + [1e9]))

    label_start = min((span(c)[0] for c in labels), default=label_end)

    def zones_of(chunk) -> list[int]:
        """The zone its middle stands in; every zone whose numbers it stands over, where
        it stands over more than one (a head over a group of columns, or a caption)."""
        x0, x1 = span(chunk)
        over = [z + 1 for z, (a, b) in enumerate(columns) if x0 < b and a < x1]
        if labels and x0 < label_end and label_start < x1:
            over = [0] + over
        if len(over) > 1:
            return over
        middle = (x0 + x1) / 2
        return [next(z for z, (a, b) in enumerate(zones) if a <= middle < b)]

    table_rows = []
    for r in rows:
        row = [""] * (len(columns) + 1)
        for chunk in r:
            z = zones_of(chunk)
            if len(z) != 1 or (row[z[0]] and z[0]):
                return None
            row[z[0]] = (row[z[0]] + " " + _text(chunk)).strip()
        table_rows.append(row)
    bold = [bool(r[0] in labels and all(_is_bold(w) for w in r[0])) for r in rows]
    # the head: lines just above, close together, whose every run of words stands over one
    # label or number zone (or over several number zones: a head over a group of columns)
    heads: list[list[str]] = [[] for _ in zones]
    top = lines[run[0]][0]["top"]
    size = lines[run[0]][0]["size"]
    k, reach = run[0] - 1, 3.2 * size
    # (a line set higher on the page only: the lines before a table set beside another are
    # that one's)
    while k >= 0 and run[0] - k <= 4 and 0 < top - lines[k][0]["top"] <= reach:
        placed = []
        for chunk in chunks[k]:
            z = zones_of(chunk)
            if not z or (0 in z and len(z) > 1) or len(z) == len(zones) - 1 > 1:
                placed = None  # a caption or a sentence across the table, or over all of it
                break
            placed.append((z, _text(chunk)))
        if not placed and k == run[0] - 1:
            placed = _head_words(lines[k], zones)  # a head set as tight as a sentence
        if not placed or (reach > 3 * size and k < run[0] - 1 and
                          any(0 in z for z, _ in placed)):
            # past a section's label, a line with a label of its own is the rows' of a block
            # above ("Total income" over "Expenditure"), not the head
            break
        for z, text in placed:
            for zone in z:
                heads[zone].insert(0, text)
        # a section's label alone over the rows ("Income" in its shaded bar) stands as far
        # below the head's line as the rows' first line would
        alone = all(z == [0] for z, _ in placed) and k == run[0] - 1
        top, reach, k = lines[k][0]["top"], (3.2 if alone else 1.7) * size, k - 1
    header = [" ".join(h) for h in heads]
    first = lines[k + 1] if k + 1 < run[0] else lines[run[0]]
    x0 = min(w["x0"] for line in (lines[j] for j in range(k + 1, run[-1] + 1)) for w in line)
    x1 = max(w["x1"] for line in (lines[j] for j in range(k + 1, run[-1] + 1)) for w in line)
    box = (x0 - 1, min(w["top"] for w in first) - 1, x1 + 1,
           max(w["bottom"] for w in lines[run[-1]]) + 1)
    out = ["| " + " | ".join(header) + " |"]
    spans = []
    at = len(out[0]) + 1
    # a label set in from the others ("Print" under "Revenue") is part of the row above it;
    # the text keeps it set in, two spaces inside its cell, for the table's reader to see
    inward = _inward({k: (span(r[0])[0], r[0][0]["size"]) for k, r in enumerate(rows)
                      if r[0] in labels})
    for k, (row, is_bold) in enumerate(zip(table_rows, bold)):
        lead = "|   " if k in inward else "| "
        line = lead + " | ".join(row) + " |"
        if is_bold and row[0]:
            spans.append((at + len(lead), at + len(lead) + len(row[0])))
        out.append(line)
        at += len(line) + 1
    return box, "\n".join(out), spans


def _head_words(line: list[dict], zones: list[tuple[float, float]]) -> list | None:
    """The head just above the rows, word by word, where its cells stand a word space
    apart ("Quarter 2013 2014 Change (%)"): each word in the zone its middle stands in,
    every number zone named."""
    placed: list[tuple[list[int], str]] = []
    for w in line:
        middle = (w["x0"] + w["x1"]) / 2
        inside = [z for z, (a, b) in enumerate(zones) if a <= middle < b]
        if placed and placed[-1][0] == inside:
            placed[-1] = (inside, placed[-1][1] + " " + w["text"])
        else:
            placed.append((inside, w["text"]))
    named = [z[0] for z, _ in placed]
    return placed if sorted(set(named)) == list(range(1, len(zones))) or \
        sorted(set(named)) == list(range(len(zones))) else None


def _is_bold(word: dict) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold|demi", word.get("fontname", ""), re.I))
