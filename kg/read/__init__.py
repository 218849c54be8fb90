"""``kg read``: from the file a user has to a claims folder that ``kg check`` checks at once.

Reading is its own stage: an extractor per format (:mod:`kg.read.extract`) turns the file
into the text quotes anchor to; the figures, dates and claims in it are drafted as
``kg new`` drafts them, and the relations the words state as ``kg suggest`` proposes
them. Nothing is a draft the build refuses: everything read is marked
``cg:readBy :reading`` (a ``prov:wasGeneratedBy`` of a :class:`cg:AutomaticReading`
activity), so it is checked like a person's encoding and the report says which
findings rest on it until ``kg confirm`` removes the mark.

>>> # read(Path("article.html"), Path("claims")) -> Reading(folder=Path("claims/article"), …)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.problems import InputError, Problem, display_path
from kg.read.extract import Extracted, extract

if TYPE_CHECKING:
    from kg.authoring.suggest.text import TotalCells

#: the original file beside source.txt keeps its suffix: original.html, original.pdf
ORIGINAL = "original"
READ_MARK = " cg:readBy :reading ;"


@dataclass(frozen=True)
class Reading:
    """What ``kg read`` wrote."""

    folder: Path
    format: str
    figures: int
    dates: int
    claims: int
    relations: int


def doc_id_for(path: Path) -> str:
    """A document id from a file name: ``Q3 Results (final).pdf`` -> ``q3-results-final``."""
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    return (slug or "document")[:60].strip("-") or "document"


def read(path: Path, claims_dir: Path, *, doc_id: str | None = None, title: str | None = None,
         date: str | None = None) -> Reading:
    """Read the file at ``path`` into ``claims_dir/<doc_id>``."""
    from kg.authoring.new import validate_date, validate_id
    from kg.read.periods import (CALENDAR_FISCAL, FISCAL_BY_START, calendar_fiscal_year,
                                 fiscal_named_by_start)

    doc_id = doc_id or doc_id_for(path)
    validate_id(doc_id)
    folder = claims_dir / doc_id
    if folder.exists():
        raise InputError(Problem(display_path(folder), 0, "the document folder exists already",
                                 "read into another id (--id), or delete the folder; what a "
                                 "person confirmed or edited there is never overwritten"))
    validate_date(date)
    got = extract(path)
    # "results for the year ended 31 December 2024": its "FY2024" is the calendar year
    calendar_fiscal = CALENDAR_FISCAL.set(calendar_fiscal_year(got.text))
    # "the fiscal year ended March 31, 2025 (FY2024)": its "FY2024" is the year to March 2025
    by_start = FISCAL_BY_START.set(fiscal_named_by_start(got.text))
    try:
        return _read_conventions(path, folder, got, doc_id, claims_dir, title, date)
    finally:
        FISCAL_BY_START.reset(by_start)
        CALENDAR_FISCAL.reset(calendar_fiscal)


def _read_conventions(path: Path, folder: Path, got: Extracted, doc_id: str, claims_dir: Path,
                      title: str | None, date: str | None) -> Reading:
    """``read`` within the number conventions the document's own numbers show."""
    from kg.numbers import (decimal_commas, number_conventions, writes_decimal_commas,
                            writes_krone, writes_point_thousands, writes_rand,
                            writes_space_thousands)

    # "7,1%", "R4 815,3 million": a document that writes decimal commas is read so throughout
    # "66 448", "R16 000", "R32 million": thousands grouped by a space, and the rand's glued
    # "R", where the document's own numbers show it
    with decimal_commas(writes_decimal_commas(got.text)), number_conventions(
            space_thousands=writes_space_thousands(got.text), rand=writes_rand(got.text),
            krone=writes_krone(got.text), point_thousands=writes_point_thousands(got.text)):
        return _read(path, folder, got, doc_id, claims_dir, title, date)


def _read(path: Path, folder: Path, got: Extracted, doc_id: str, claims_dir: Path,
          title: str | None, date: str | None) -> Reading:
    """``read`` once the document is extracted and its folder is free."""
    from kg.authoring.new import _claims_ttl, _document_ttl, local_dollar, local_yen
    from kg.authoring.placing import Placing

    date = date or _iso_date(got.date) or _stated_date(got.text)
    data = got.text.encode("utf-8")
    from kg.read.periods import document_period
    from kg.read.tables import find_tables
    from kg.read.turtle import TableWriter

    tables = find_tables(got.text, got.bold)
    # one dollar for the text and its tables, read once from the whole text
    # (and a web page's footer, which says who publishes it: "… Pty Ltd. ABN …")
    dollar = local_dollar(" ".join(f"{got.text}\n{got.footer}".split()))
    # every quote is drafted told apart where it stands more than once, and a figure or
    # date whose quote kg check could not place inside its claim's (a number read out of a
    # longer one: "1" of "1,3") is never drafted: the whole document would be refused
    placing = Placing(got.text, undated=not date)
    claims, (figures, dates, _waivers, claim_count) = _claims_ttl(
        doc_id, _mask(got.text, tables), any(t.unit == "INDEX" for t in tables),
        dollar=dollar, placing=placing,
        # the yen as the whole text names it: "Fees (yen)" over a table makes the prose's
        # "¥2,400" yen too, though the text the prose is drafted from leaves tables out
        yen=local_yen(" ".join(got.text.split())))
    writer = TableWriter(doc_id, got.text, dollar, placing)
    for t, table in enumerate(tables, start=1):
        writer.write(t, table)
    if tables:
        claims = claims.replace("\n# -----", "\n" + writer.preamble() + "\n" +
                                "\n".join(writer.out) + "\n# -----", 1)
        figures += sum(c is not None for tb in tables for row in tb.rows for c in row.cells)
        claim_count += sum(len(tb.rows) for tb in tables) + len(writer.captions)
    original = f"{ORIGINAL}{path.suffix.lower()}"
    try:
        folder.mkdir(parents=True)
        if got.format != "txt":
            shutil.copyfile(path, folder / original)
        (folder / "source.txt").write_bytes(data)
        (folder / "document.ttl").write_text(
            _document_ttl(doc_id, path.name, data, title or got.title, (), date)
            + (_original_ttl(doc_id, original, path) if got.format != "txt" else ""),
            encoding="utf-8")
        (folder / "claims.ttl").write_text(_as_read(claims, date, path, got), encoding="utf-8")
        sentence_figures = _sentence_figures(folder)
        _date_figures(sentence_figures, folder, tables, writer,
                      document_period(got.text, date))
        restated = _restatements(sentence_figures, tables, writer)
        from kg.read.conversions import price_lines
        writer.completions = [*writer.completions, *price_lines(sentence_figures, got.text)]
        _amend_figures(folder, writer.redated, writer.reunited)
        relations = _read_relations(claims_dir, doc_id, writer.relations + restated,
                                    writer.proposed, writer.completions,
                                    _total_cells(tables, writer))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)  # a half-read folder would fail every check
        raise
    return Reading(folder, got.format, figures, dates, claim_count, relations)


def _iso_date(value: str | None) -> str | None:
    try:
        return dt.date.fromisoformat(value).isoformat() if value else None
    except ValueError:
        return None


_DATELINE = re.compile(r"\b(?:released|published|issued|updated|posted|date[d]?)\b", re.I)
#: how far before its date (in characters) a dateline's word stands: "Published on Tuesday,
#: 9 September 2025 at 10:00", "Release No. 17/2025, dated 14.08.2025"
_DATELINE_REACH = 48


_PERIOD_END = re.compile(r"\b(?:ended|ending|to|as\s+(?:at|of)|until|from|effective)\s+"
                         r"(?:the\s+)?$", re.I)


def _stated_date(text: str) -> str | None:
    """The document's date as its head says it ("Released: Friday, 9 August 2024"): the
    first full date on a dateline in the first lines, else the first full date there."""
    from kg.numbers import find_mentions

    head = text.split("\n")[:12]
    # "Results for the year ended 31 March 2024", "as at 30 June": a period's end, not the
    # day the text came out
    # ("was released from duty … on 18 December 2024": a dateline's word stands just before
    # its date, never a sentence's verb far back in the line)
    dated = [(bool(_DATELINE.search(line, max(0, m.start - _DATELINE_REACH), m.start)),
              not _PERIOD_END.search(line, 0, m.start), m.date)
             for line in head for m in find_mentions(line) if m.kind == "date" and m.date]
    for want in ((True, True), (False, True), (True, False), (False, False)):
        for flag, day, when in dated:
            if (flag, day) == want:
                return when.isoformat()
    return None


#: the verbs that tell of a day gone by ("the busiest day was 27 December"), and the words
#: that put a day ahead ("the next session will be on 27 December", "due by 27 December")
#: (and a verb of the past after its subject's pronoun: "we opened", "they launched")
_PAST = re.compile(r"\b(?:was|were|had|came|saw|took|fell|peaked|happened)\b|"
                   r"\b(?:we|they|he|she|it|I)\s+(?:[a-z]{2,}ed|began|went|made|got|held|"
                   r"left|rose|sold|won|lost|met|ran|saw|hit|set)\b", re.I)
_AHEAD = re.compile(r"\b(?:will|shall|next|due|until|by|from|scheduled|planned|expected|"
                    r"expects?|is|are|opens|closes|runs|starts|begins|ends)\b", re.I)


_WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$", re.I)


def _told_as_past(claim: str, quote: str) -> bool:
    """Whether a sentence tells of a day it names as gone by: a verb of the past in the words
    before it, and nothing that puts it ahead."""
    claim, quote = claim.strip('"'), quote.strip('"')
    at = claim.find(quote)
    if at < 0:
        return False
    # its own clause ("came on Saturday, 10 August": the weekday set before the date is the
    # date's own, no clause's end)
    before = re.split(r"[,;:]", _WEEKDAY_BEFORE.sub("", claim[:at]))[-1]
    return bool(_PAST.search(before)) and not _AHEAD.search(before)


def _original_ttl(doc_id: str, name: str, path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    prov = "http://www.w3.org/ns/prov#"
    return (f"\n<https://w3id.org/claimgraph/doc/{doc_id}> <{prov}wasDerivedFrom> "
            f":original .\n:original a <{prov}Entity> ; cg:file \"{name}\" ;\n"
            f"    schema:sha256 \"{digest}\" .\n")


def _as_read(claims: str, date: str | None, path: Path, got: Extracted) -> str:
    """kg new's drafts as read claims: checked at once, marked until confirmed."""
    from kg import __version__

    text = claims.replace(" cg:draft true ;", READ_MARK)
    text = text.replace("# Drafted by `kg new` from the numbers in the text. Each draft says "
                        "what was read;\n# check it, say what it is about (schema:about) and "
                        "what it measures, then delete\n# its `cg:draft true ;` line (or run "
                        "`kg confirm`). Drafts fail the build.",
                        "# Read by `kg read` from the numbers in the text. Everything marked "
                        "`cg:readBy :reading`\n# is checked, and findings resting on it say so; "
                        "check what was read, then\n# delete the mark (or run `kg confirm`).")
    if date:
        year = date[:4]
        said = dict(re.findall(r'\n:(c-\d+) a cg:Claim\b[^\n]*\n    cg:quote ("(?:[^"\\]|\\.)*")',
                               text))

        def dated(m: re.Match) -> str:
            # "the busiest day was 27 December" in a text of 12 January 2024: a day past
            # that falls later in the year than the text's date is the year before's
            when = year
            if f"{m[3]}-{m[4]}" > date[5:10] and _told_as_past(said.get(m[1], ""), m[2]):
                when = str(int(year) - 1)
            note = "the year of the document's date" if when == year else \
                "the year before the document's date: a day past, later in the year"
            return (f'{m[0].split(" .")[0]} ;\n    cg:date "{when}-{m[3]}-{m[4]}"^^xsd:date .'
                    f"   # {note}")

        text = re.sub(r'cg:claim :(c-\d+) ;\n    cg:quote ("(?:[^"\\]|\\.)*") ;\n    '
                      r'cg:monthDay "--(\d\d)-(\d\d)"\^\^xsd:gMonthDay \.[ \t]+# TODO[^\n]*',
                      dated, text)
    else:  # no year to check it against: the date is said, not checked
        # only a day kg new left a TODO on: a range's start has its end's year, a day of
        # every year needs none (their month-day line goes on with ";", not ".")
        text = re.sub(r":d-(\d+) a cg:StatedDate ;(.*?)\n    cg:claim :c-\d+ ;\n"
                      r"    cg:quote (\"(?:[^\"\\]|\\.)*\") ;\n    cg:monthDay "
                      r"\"[^\"\n]*\"\^\^xsd:gMonthDay \.[ \t]+# TODO[^\n]*",
                      r":w-d\1 a cg:Waiver ;\2\n    cg:quote \3 ;\n    cg:reason 'a date "
                      r"without a year, in a document whose date is not known (kg read "
                      r"--date YYYY-MM-DD)' .", text)
    when = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    activity = (f"\n:reading a cg:AutomaticReading ;\n    prov:used :original ;\n"
                f"    prov:wasAssociatedWith <https://w3id.org/claimgraph/software/"
                f"kg-read/{__version__}> ;\n"
                f'    prov:endedAtTime "{when}"^^xsd:dateTime ;\n'
                f'    rdfs:label "kg read {_escape(path.name)} ({got.format})" .\n')
    text = text.replace("@prefix qudt:", "@prefix prov:    <http://www.w3.org/ns/prov#> .\n"
                        "@prefix qudt:", 1)
    return _without_repeated_waivers(text, got.text) + activity


def _sentence_figures(folder: Path):
    """The figures read from sentences (not table cells), in reading order."""
    from rdflib.namespace import RDF

    from kg.corpus import read_document
    from kg.namespaces import CG, QUDT
    from kg.read.ties import SentenceFigure

    g = read_document(folder).graph
    figures = []
    for node in g.subjects(RDF.type, CG.Figure):
        local = str(node).rsplit("/", 1)[-1]
        claim = g.value(node, CG.claim)
        if local.startswith("f-t") or claim is None or g.value(node, QUDT.unit) is None:
            continue
        figures.append(SentenceFigure(local, str(claim).rsplit("/", 1)[-1],
                                      " ".join(str(g.value(claim, CG.quote)).split()),
                                      str(g.value(node, QUDT.unit)),
                                      " ".join(str(g.value(node, CG.quote)).split())))
    figures.sort(key=lambda f: int(f.local.split("-")[-1]) if f.local.split("-")[-1].isdigit()
                 else 0)
    return figures


#: a factor's words: "twice", "2.1 times", "tripled", "a threefold"
_FACTOR = re.compile(r"\btimes\b|\btwice\b|fold\b|\b(?:doubl|tripl|trebl|quadrupl|halv)",
                     re.I)


def folded_at(text: str, positions: list[int]) -> list[int]:
    """Where each of ``positions`` in ``text`` falls in the text with its whitespace folded,
    ``len(" ".join(text[:p].split()))``, from one pass over the text (asked of each position
    apart it took 5 s for the paragraphs of a 1 MB text).

    >>> folded_at("  Net  sales   rose", [0, 5, 12, 13, 19])
    [0, 3, 9, 9, 14]
    """
    import bisect
    starts, ends, sums = [], [], [0]
    for m in re.finditer(r"\S+", text):
        starts.append(m.start())
        ends.append(m.end())
        sums.append(sums[-1] + m.end() - m.start())
    out = []
    for p in positions:
        k = bisect.bisect_left(starts, p)  # the words that begin before p
        # each word whole but the last, which p may cut; one space between words
        out.append(0 if k == 0 else sums[k] - max(0, ends[k - 1] - p) + k - 1)
    return out


def _date_figures(figures, folder: Path, tables, writer, current: str | None) -> None:
    """Give every figure read its period (``dcterms:temporal``), as :mod:`kg.read.periods`
    dates it."""
    from kg.authoring.new import _LIST_ITEM, _SENTENCE_END
    from kg.read.periods import (_order, caption_own_period, cell_period, counted_day,
                                 fiscal_is_calendar, fiscal_year_end, headings, on_calendar,
                                 paragraph_period, sentence_periods, turtle)
    from kg.read.ties import PERCENT, POINTS, spans_of

    # "fiscal 2025, which ended June 30, 2025": its quarters are the calendar's
    text = (folder / "source.txt").read_text(encoding="utf-8")
    calendar = fiscal_is_calendar(text, current)
    written = re.search(r'dcterms:date "(\d{4}-\d\d-\d\d)"',
                        (folder / "document.ttl").read_text(encoding="utf-8"))
    today = written.group(1) if written else None  # when the text was written
    if calendar and current:
        current = re.sub(r"^FY", "", current)

    periods: dict[str, str] = {}
    named: dict[str, str] = {}
    by_claim: dict[str, list] = {}
    for f in figures:
        by_claim.setdefault(f.claim, []).append(f)
    # a section heading that names a period ("Full year 2023") dates the sentences under it
    sections, folded, cursor = headings(text, current), " ".join(text.split()), 0
    # where a paragraph starts (a blank line) and where an item of a list does ("- Net profit
    # of Rs. 427.1 million, compared with Rs. 305.7 million in Q2 FY24": the item's period
    # is its own, not the next item's)
    paragraphs = [0] + [at + 1 for at in folded_at(
        text, [m.start() for m in re.finditer(r"\n[ \t]*\n", text)])]
    items = [at + 1 for at in folded_at(
        text, [m.start() for m in re.finditer(r"\n(?=" + _LIST_ITEM.pattern + ")", text)])]
    for figures in by_claim.values():
        # a factor ("twice as many as in 2019", "2.1 times their 2023 level") is between two
        # periods as a change is: dated by its end, never by the base's period
        kinds = {f.local: "change" if f.unit in (PERCENT, POINTS) or _FACTOR.search(f.quote)
                 else "amount" for f in figures}
        at = folded.find(figures[0].sentence, cursor)
        cursor = max(cursor, at)
        under = [key for start, key in sections if start <= at]
        heading = under[-1] if under and under[-1] else None
        # "Last winter was the harshest for nine years. Crews carried out 96 runs": a period
        # an earlier sentence of the paragraph names dates the sentences after it
        told = None
        if at >= 0:
            # the sentences before it in its section (under its heading, else in its
            # paragraph), each paragraph's apart
            begins = max(([s for s, _ in sections if s <= at] if under else
                          [p for p in paragraphs if p <= at])[-1:] +
                         [p for p in items if p <= at][-1:])
            marks = [begins] + [p for p in paragraphs if begins < p <= at] + [at]
            told = paragraph_period([s for a, b in zip(marks, marks[1:])
                                     for s in _SENTENCE_END.split(folded[a:b])],
                                    heading or current)
        heading = told or heading
        spans = spans_of(figures[0].sentence, figures)
        periods.update(sentence_periods(figures[0].sentence, spans, kinds, heading or current,
                                        today))
        # which the words (or the section's heading) date, not the document's period
        named.update(sentence_periods(figures[0].sentence, spans, kinds, heading, today))
    for t, table in enumerate(tables, start=1):
        # a table no head or caption of which names a period is of the section's it stands
        # in, as the sentences there are ("2. Budget 2027" over "Income £ | Expenditure £");
        # its caption is no section's heading
        [table_at] = folded_at(text, [table.caption_start if table.caption_start >= 0
                                      else table.start])
        under = [key for start, key in sections if start < table_at]
        section = under[-1] if under and under[-1] else current
        for r, row in enumerate(table.rows, start=1):
            for c, cell in enumerate(row.cells, start=1):
                if cell is not None:
                    key = cell_period(table.columns[c - 1].header, row.label, section,
                                      f"{table.caption} {table.header_line}",
                                      caption_own_period(table.caption, table.period))
                    if key:
                        periods[writer.figure_id(t, r, c).lstrip(":")] = key
                    # named by its column's head or its row's label ("Q3 (Jul–Sep)"), not
                    # only the document's period the table falls back on
                    if key and (key != cell_period(None, "", current,
                                                   f"{table.caption} {table.header_line}")
                                or key == counted_day(f"{table.caption} {table.header_line}")):
                        named[writer.figure_id(t, r, c).lstrip(":")] = key
            # a change or difference column that names no period of its own is between the
            # row's dated values: it is dated by the latest ("1 April" over "2024 | 2023 |
            # Change": the change is to 1 April 2024); a head that names the document's own
            # period ("Q4 2025" in a bulletin on Q4 2025) is one of them
            levels = [periods.get(writer.figure_id(t, r, c).lstrip(":"))
                      for c, cell in enumerate(row.cells, start=1)
                      if cell is not None and table.columns[c - 1].kind == "value"
                      and (writer.figure_id(t, r, c).lstrip(":") in named or cell_period(
                          table.columns[c - 1].header, row.label, None))]
            latest = max((k for k in levels if k), key=_order, default=None)
            block: list[str] = []  # the dated values since the last change column
            for c, cell in enumerate(row.cells, start=1):
                local = writer.figure_id(t, r, c).lstrip(":")
                column = table.columns[c - 1]
                if column.kind in ("change", "diff"):
                    # "Q3 2025 | Q3 2024 | Change | 9M 2025 | 9M 2024 | Change": each change
                    # is between the values just before it, dated by the latest of them; a
                    # period only the caption gives ("Q3 2024 and Q3 2025") names no change
                    end = max(block, key=_order) if len(set(block)) > 1 else latest
                    if end and cell is not None and (local not in named or not cell_period(
                            column.header, row.label, None)) and len(set(levels)) > 1:
                        periods[local] = named[local] = end
                    block = []
                elif cell is not None and column.kind == "value" and \
                        periods.get(local) and (local in named or cell_period(
                            column.header, row.label, None)):
                    block.append(periods[local])
    if calendar:
        periods = {f: re.sub(r"^FY", "", key) for f, key in periods.items()}
    elif current and re.fullmatch(r"FY\d{4}", current):
        # "Year ended 30 April 2025" over a table's "2025 | 2024", "(2024: £35.1 million)":
        # in a report on a year of the organisation's own months, a bare year that is the
        # report's or the one before is that year of its accounts, not the calendar's
        y = int(current[2:])
        periods = {f: f"FY{key}" if re.fullmatch(r"\d{4}", key) and y - 1 <= int(key) <= y
                   else key for f, key in periods.items()}
    if not calendar and (end := fiscal_year_end(text)) and end != 12:
        # "H1 FY26 is the six months to 31 December 2025": a fiscal quarter or half of a
        # year whose end the text gives is a calendar one
        periods = {f: on_calendar(key, end) for f, key in periods.items()}
    writer.periods = periods
    writer.named_periods = {f for f in named if f in periods}
    if not periods:
        return
    path = folder / "claims.ttl"
    lines, subject, defined = [], None, {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        m = re.match(r":(f-[\w-]+) a cg:Figure\b", line)
        if m:
            subject = m.group(1)
        elif subject and line.startswith("    schema:about ") and subject in periods:
            term, definition = turtle(periods[subject])
            lines.append(f"    dcterms:temporal {term} ;")
            if definition:
                defined[term] = definition
            subject = None
        lines.append(line)
    text = "\n".join(lines)
    if defined:
        text = text.rstrip("\n") + "\n\n# The periods the figures are for, as kg read dated them.\n" + \
            "".join(defined.values())
    path.write_text(text, encoding="utf-8")


def _amend_figures(folder: Path, redated: dict[str, str], reunited: dict[str, str]) -> None:
    """Give figures a restatement dated anew their period (``dcterms:temporal``), and
    figures written bare the unit of the table row they restate (``qudt:unit``: "Occupied
    bed-days fell from 58,300" is a number of days, as the row's cells are), in one pass
    over the claims written."""
    if not redated and not reunited:
        return
    from kg.read.periods import turtle
    path = folder / "claims.ttl"
    text = path.read_text(encoding="utf-8")
    lines, subject, defined, done = [], None, {}, set()
    for line in text.split("\n"):
        m = re.match(r":(f-[\w-]+) a cg:Figure\b", line)
        if m:
            subject = m.group(1)
        elif subject in redated and line.startswith("    dcterms:temporal ") and \
                (subject, "temporal") not in done:
            term, definition = turtle(redated[subject])
            line = f"    dcterms:temporal {term} ;"
            if definition and term not in text:
                defined[term] = definition
            done.add((subject, "temporal"))
        elif subject in reunited and line.startswith("    qudt:unit ") and \
                (subject, "unit") not in done:
            line = f"    qudt:unit {reunited[subject]} ;"
            done.add((subject, "unit"))
        lines.append(line)
    text = "\n".join(lines)
    if defined:
        text = text.rstrip("\n") + "\n" + "".join(defined.values())
    path.write_text(text, encoding="utf-8")


def _row_periods(cell: str, periods: dict[str, str]) -> set[str]:
    """The periods of the other cells of a table cell's row (":f-t1-r5-c3")."""
    m = re.fullmatch(r":?(f-t\d+-r\d+-c)(\d+)", cell)
    if m is None:
        return set()
    return {p for local, p in periods.items() if local.startswith(m.group(1)) and
            local != f"{m.group(1)}{m.group(2)}" and p is not None}


def _head_period(cell: str, tables) -> str | None:
    """The period a table cell's own column head or row label names (":f-t2-r7-c1" under
    "2026-27 ($)": 2026/27), even where it is the document's own; None where they name none."""
    from kg.read.periods import cell_period
    from kg.read.turtle import cell_place

    place = cell_place(cell)
    if place is None:
        return None
    t, r, c = place
    try:
        table = tables[t - 1]
        return cell_period(table.columns[c - 1].header, table.rows[r - 1].label, None)
    except IndexError:
        return None


def _grain(key: str | None) -> str | None:
    """A period's grain: "year" (2026, 2026/27, FY2026), "quarter", "half", "month", "day"."""
    for grain, pattern in (("year", r"(?:FY)?\d{4}|\d{4}/\d\d"), ("quarter", r"(?:FY)?\d{4}-Q\d"),
                           ("half", r"(?:FY)?\d{4}-H\d"), ("month", r"\d{4}-\d\d"),
                           ("day", r"\d{4}-\d\d-\d\d")):
        if key and re.fullmatch(pattern, key):
            return grain
    return None


def _other_of_its_grain(said: str, head: str | None, cell: str) -> bool:
    """Whether a sentence's period is another of the same grain as the one a table cell's
    own head names ("last year", 2025/26, against a column headed 2026-27): the sentence is
    about another year than the column, and restates none of its cells."""
    return head == cell and said != head and _grain(said) is not None and \
        _grain(said) == _grain(head)


def _restatements(figures, tables, writer) -> list[str]:
    """A sentence's figure tied to the table cell it restates, as a relation to check."""
    if not tables:
        return []
    from kg.namespaces import expand_iri
    from kg.read.conversions import sentence_conversions, table_conversions
    from kg.read.fractions import table_fractions
    from kg.read.multiples import table_multiples
    from kg.read.prices import (table_group_averages, table_per_share, table_periodic,
                                table_seats)
    from kg.read.superlatives import table_superlatives
    from kg.read.ties import (PERCENT, POINTS, moved_rows, named_sums, row_moves,
                              sequential_changes, stated_growth, ties)
    from kg.read.turtle import cell_place, lit


    def unit(t, table, c, cell):
        curie, scale, _ = writer._cell_unit(table, c, cell)
        return expand_iri(curie), scale

    out = []
    tied = ties(figures, tables, unit, writer.figure_id, writer.source or "")
    writer.completions = _completions(figures, [t for t in tied if t[3]], writer.changes,
                                      tables) + \
        _table_shares(figures, tied, tables, writer) + \
        table_superlatives(figures, tied, tables, writer) + \
        table_multiples(figures, tables, writer) + \
        table_fractions(figures, tables, writer) + \
        sequential_changes(figures, tied, tables, writer.figure_id) + \
        named_sums(figures, tied, tables, unit, writer.figure_id) + \
        stated_growth(figures, tables, tied, unit, writer.figure_id) + \
        moved_rows(figures, tables, tied, writer.changes, writer.figure_id) + \
        table_conversions(figures, tables, writer) + \
        table_periodic(figures, tables, writer) + \
        table_seats(figures, tables, writer) + \
        table_group_averages(figures, tables, writer) + \
        table_per_share(figures, tables, writer) + \
        sentence_conversions(figures, tables, writer) + \
        row_moves(figures, tables, tied, unit, writer.figure_id)
    periods = writer.periods
    for n, (f, cell, label, sure) in enumerate(tied, start=1):
        if _ways_apart(f, cell, tables, writer.changes):
            continue  # "arrivals rose 3.1%" restates no change cell of "-3.1": a rise and
            # a fall are two quantities (the row's change, with the words' way, checks it)
        # a cell an earlier restatement dated anew ("NOK 412.8 billion at 31 December 2024")
        # has the period the words named, for every later sentence that restates it too
        dated = tuple(writer.redated.get(x, periods.get(x)) for x in (f.local, cell.lstrip(":")))
        if sure and None not in dated and dated[0] != dated[1] and \
                not any(d.startswith("FY") for d in dated):  # a fiscal label has no days
            # the words name the row, but the sentence and the column were dated apart: where
            # only one of the two periods is named (the other the document's own), the named
            # one dates both; where both or neither are, which is wrong the words do not say
            named = [x in writer.named_periods or x in writer.redated
                     for x in (f.local, cell.lstrip(":"))]
            if named[0] and f.unit in (PERCENT, POINTS) and dated[0] in _row_periods(cell, periods):
                # a column of changes is between two periods: the sentence says which one,
                # if it is one of the table's ("+2.8%" over nine months restates no change
                # between two third quarters)
                writer.redated[cell.lstrip(":")] = dated[0]
            elif named == [True, False] and not _other_of_its_grain(
                    dated[0], _head_period(cell, tables), dated[1]):
                writer.redated[cell.lstrip(":")] = dated[0]
            elif named == [False, True]:
                writer.redated[f.local] = dated[1]
            else:
                sure = False
        if (place := cell_place(cell)) is not None:
            table = tables[place[0] - 1]
            curie = writer._cell_unit(table, place[2] - 1,
                                      table.rows[place[1] - 1].cells[place[2] - 1])[0]
            if expand_iri(curie) != f.unit:
                # a bare number tied to a row of another unit (kg.read.ties) is in its unit
                writer.reunited[f.local] = curie
        if not sure:
            # the row or the period was inferred, not named: proposed, not checked
            writer.proposed.append(
                f":s-x{n} a cg:RestatementRelation, cg:Suggestion ;\n"
                f"    cg:claim :{f.claim} ; cg:basis cg:Implied ; cg:confidence "
                f"{CONFIDENCE['across']} ;\n    rdfs:label {lit(label)} ;\n"
                f"    cg:first {cell} ; cg:restatedAs :{f.local} .\n")
            continue
        out.append(f":r-x{n} a cg:RestatementRelation ; {READ_MARK.strip()}\n"
                   f"    cg:claim :{f.claim} ; cg:basis cg:Implied ;\n"
                   f"    rdfs:label {lit(label)} ;\n"
                   f"    skos:note \"the sentence names the table's row and column\" ;\n"
                   f"    cg:first {cell} ; cg:restatedAs :{f.local} .\n")
    return out


def _ways_apart(f, cell: str, tables, changes: dict[str, tuple[str, str, str]]) -> bool:
    """Whether a sentence's change and the change cell it is tied to went opposite ways by
    their own words and signs: "profit decreased 14.3%" against a change column's "14.3%"
    (read, as every unsigned change cell, as a rise), "arrivals rose 3.1%" against "-3.1".
    The way is what the words around the sentence's figure say (one way only, as the row's
    change relation reads it) and the cell's sign; never the cells' values."""
    if cell not in changes or not f.quote:
        return False
    at = f.sentence.find(f.quote)
    if at < 0:
        return False
    from kg.read.turtle import cell_place

    place = cell_place(cell)
    if place is None:
        return False
    t, r, c = place
    table = tables[t - 1]
    found = table.rows[r - 1].cells[c - 1]
    if found is None or found.value is None:
        return False
    head = table.columns[c - 1].header
    if _FALL.search(head) or re.search(r"\b(?:reduction|loss|decline|fall|drop)", head, re.I):
        return False  # a column of falls writes them unsigned: its sign says no way
    words = f.sentence[max(0, at - 40):at + len(f.quote) + 15]
    rise, fall = _RISE.search(words), _FALL.search(words)
    if bool(rise) == bool(fall):
        return False  # the words do not say which way
    # the cell's sign as the table reader read it ("-3.1", "(2.8)%" are falls), as the
    # row's change relation takes its way
    return bool(fall) != (found.value < 0)


_RISE = re.compile(r"\b(?:up|rose|risen|grew|grown|gain(?:ed)?|increase[sd]?|climb(?:ed)?|"
                   r"jump(?:ed)?|higher|more|added)\b", re.I)
_FALL = re.compile(r"\b(?:down|fell|fallen|drop(?:ped)?|decline[sd]?|decrease[sd]?|"
                   r"slipp(?:ed)?|lower|less|lost|shr[ai]nk|shrunk)\b", re.I)


#: what stands between a percent change and the amount it moved by: "up 12.7%, or 4.32
#: million trips"
_OR_AMOUNT = re.compile(r"\)?,?\s+or\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?",
                        re.I)


#: words that end one clause and start another's subject
_CLAUSE_BREAK = re.compile(r"\b(?:while|whereas|but)\b|;", re.I)


def _between(sentence: str, a: str, b: str) -> str:
    """The words between two quotes of a sentence (their first occurrences)."""
    i, j = sentence.find(a), sentence.find(b)
    if i < 0 or j < 0:
        return ""
    return sentence[i + len(a):j] if i < j else sentence[j + len(b):i]


def _completions(figures, tied, changes: dict[str, tuple[str, str, str]], tables=None
                 ) -> list[tuple[set[str], str]]:
    """Relations a sentence states with a figure only the table gives: "Sales rose 3.4% to
    $14,862 million" (the row's 3.4 and 14,862 tied to the sentence) is a change from the
    row's earlier cell, 14,373; "rose by $157 million to $5,468 million" is a difference
    from it. Each is (the sentence's figure it relates: the change, the difference; its
    Turtle), left out where the words already relate that figure otherwise."""
    from kg.read.ties import BY, PERCENT, POINTS, group_by_claim
    from kg.read.turtle import relation

    cell_of = {f.local: cell for f, cell, _, _ in tied}
    by_claim = group_by_claim(figures)
    out = []
    for f, cell, _, _ in tied:
        if cell not in changes:
            continue
        kind, initial, final = changes[cell]
        later = [g for g in by_claim[f.claim] if cell_of.get(g.local) == final]
        if len(later) > 1:
            continue
        at = f.sentence.find(f.quote)
        words = f.sentence[max(0, at - 40):at + len(f.quote) + 15]
        rise, fall = _RISE.search(words), _FALL.search(words)
        if bool(rise) == bool(fall):
            continue  # the words do not say which way
        # "up 12.7%, or 4.32 million trips": the move's amount, no level of the row
        moved = [g for g in by_claim[f.claim] if g.unit not in (PERCENT, POINTS)
                 and _OR_AMOUNT.fullmatch(_between(f.sentence, f.quote, g.quote))
                 and f.sentence.find(f.quote) < f.sentence.find(g.quote)]
        if not later and not any(g.unit not in (PERCENT, POINTS) and g not in moved
                                 for g in by_claim[f.claim]):
            # "June was the exception: arrivals rose 3.1%" restating June's change cell: the
            # row's own two cells are its ends, and the words, not the cell's sign, its way
            # (a cell's restatement compares sizes only, so a way said wrong hid there);
            # beside an amount of its own the sentence states the change of that amount
            out.append(({f.local},
                        relation(kind, f":{f.claim}",
                                 f"the table: {'up' if rise else 'down'} {f.quote}",
                                 f"cg:initial {initial} ; cg:final {final} ; "
                                 f"cg:change :{f.local} ; "
                                 f"cg:direction cg:{'Increase' if rise else 'Decrease'}")))
            for d in moved:
                minuend, subtrahend = (final, initial) if rise else (initial, final)
                out.append(({d.local},
                            relation("DifferenceRelation", f":{f.claim}",
                                     f"the table: {d.quote} apart",
                                     f"cg:minuend {minuend} ; cg:subtrahend {subtrahend} ; "
                                     f"cg:difference :{d.local}")))
            continue
        if not later:
            continue
        g = later[0]
        if _CLAUSE_BREAK.search(_between(f.sentence, f.quote, g.quote)):
            # "reaching £512,300, while flats … edged up 0.6%": another subject's change
            continue
        said = [e for e in by_claim[f.claim] if cell_of.get(e.local) == initial]
        if len(said) == 1:  # "(2022/23: £489.5 million)": the sentence gives the base too
            initial = f":{said[0].local}"
        # "made 42.5 million litres, 9.3 per cent more than in 2023" beside the row "38,912
        # 42,512 +9.3": the level rounded from its cell, the change its cell's, the start the
        # row's, so the words state the row's own change again, less precisely; the row's
        # relation checks it (a level as precise as its cell, "7,045" for the cell "7,405",
        # is a reading of its own)
        rounded = len(said) != 1 and tables is not None and \
            len(_digits(g.quote)) < len(_digits(_cell_text(tables, final)))
        if not rounded:
            out.append(({f.local},
                         relation(kind, f":{f.claim}",
                                  f"{said[0].quote if len(said) == 1 else 'the table'} to "
                                  f"{g.quote}: {'up' if rise else 'down'} {f.quote}",
                                  f"cg:initial {initial} ; cg:final :{g.local} ; "
                                  f"cg:change :{f.local} ; "
                                  f"cg:direction cg:{'Increase' if rise else 'Decrease'}")))
        for d in by_claim[f.claim]:  # "rose by $157 million to $5,468 million"
            at = d.sentence.find(d.quote)
            # ("the rate fell by 1.0 per cent, to 6.1 per cent": a move in per cent between
            # two percentages is the change itself, or a relative one; a gap between
            # percentages is in points, never in per cent)
            if d.unit == g.unit != PERCENT and d is not g and d is not f and at >= 0 and \
                    BY.search(d.sentence[:at]):
                minuend, subtrahend = (f":{g.local}", initial) if rise else (initial,
                                                                             f":{g.local}")
                out.append(({d.local},
                            relation("DifferenceRelation", f":{f.claim}",
                                     f"{g.quote} and the earlier figure: {d.quote} apart",
                                     f"cg:minuend {minuend} ; cg:subtrahend {subtrahend} ; "
                                     f"cg:difference :{d.local}")))
    out += _moved_by(figures, tied, changes, {d for done, _ in out for d in done})
    return out + _percent_of_a_rate(figures, tied, changes, {d for done, _ in out for d in done})


def _percent_of_a_rate(figures, tied, changes: dict[str, tuple[str, str, str]],
                       done: set[str]) -> list[tuple[set[str], str]]:
    """"The vacancy rate fell by 0.8 per cent, to 5.2 per cent" beside a table whose row of
    that rate has a column of changes in points: the level reached restates the row's later
    cell, and the move "by" takes is in per cent, so the words state a percent change from
    the row's earlier cell (the one the column of changes compares) to that level. Per cent
    said where points were meant is the slip this lets the check find; the words, never the
    cells' values, say it is a percent change and which way it went."""
    from kg.read.ties import _TO_LEVEL, BY, PERCENT, group_by_claim
    from kg.read.turtle import relation

    earlier_of = {final: initial for kind, initial, final in changes.values()
                  if kind == "PercentagePointChangeRelation"}
    by_claim = group_by_claim(figures)
    tied_to = {f.local for f, *_ in tied}
    out = []
    for g, cell, _, _ in tied:
        initial = earlier_of.get(cell)
        if initial is None or g.unit != PERCENT:
            continue
        for d in by_claim[g.claim]:
            at = d.sentence.find(d.quote)
            if d is g or d.local in done or d.local in tied_to or d.unit != PERCENT or at < 0:
                continue
            end = at + len(d.quote)
            later = d.sentence.find(g.quote, end)
            if later < 0 or not _TO_LEVEL.match(d.sentence[end:later]) or \
                    not BY.search(d.sentence[:at]):
                continue  # only "moved by d, to g": the move and the level it reached
            words = " ".join(d.sentence[:at].split()[-4:])
            rise, fall = _RISE.search(words), _FALL.search(words)
            if bool(rise) == bool(fall):
                continue  # the words do not say which way
            done.add(d.local)
            way = "Increase" if rise else "Decrease"
            out.append(({d.local},
                        relation("PercentChangeRelation", f":{g.claim}",
                                 f"the table to {g.quote}: {'up' if rise else 'down'} "
                                 f"{d.quote}",
                                 f"cg:initial {initial} ; cg:final :{g.local} ; "
                                 f"cg:change :{d.local} ; cg:direction cg:{way}")))
    return out


#: a comparative after an amount that sets it against an earlier time of the same thing:
#: "30,400 more than a year earlier", "1,150 fewer than in 2024"
_THAN_BEFORE = re.compile(r"\s*(?:more|higher|larger|greater|less|fewer|lower|smaller)\s+than"
                          r"\s+(?:a\s+year|twelve\s+months|the\s+year|the\s+previous|"
                          r"the\s+same|last|in\s+(?:19|20)\d\d|(?:19|20)\d\d)", re.I)


def _moved_by(figures, tied, changes: dict[str, tuple[str, str, str]], done: set[str]
              ) -> list[tuple[set[str], str]]:
    """"Sales rose by $157 million to $5,468 million", "reached 1,284,000, some 30,400 more
    than a year earlier", with no percent of the row's change said beside them: the amount
    is the gap between the level (tied to the row's latest cell) and the row's earlier
    cell, the words giving which is the larger."""
    from kg.read.ties import BY, PERCENT, group_by_claim
    from kg.read.turtle import relation

    earlier_of = {final: initial for _, initial, final in changes.values()}
    by_claim = group_by_claim(figures)
    tied_to = {f.local for f, *_ in tied}
    out = []
    for g, cell, _, _ in tied:
        initial = earlier_of.get(cell)
        if initial is None:
            continue
        for d in by_claim[g.claim]:
            at = d.sentence.find(d.quote)
            if d.local in done or d.local in tied_to or d.unit != g.unit or d is g or at < 0 \
                    or d.unit == PERCENT:
                continue  # (a move in per cent between percentages is no gap: see above)
            by = BY.search(d.sentence[:at]) is not None
            than = _THAN_BEFORE.match(d.sentence[at + len(d.quote):])
            if not by and not than:
                continue
            if _CLAUSE_BREAK.search(_between(d.sentence, d.quote, g.quote)):
                continue  # "…, while flats fell by £2,000": another subject's move
            if than:
                rise = than.group(0).split()[0].lower() in ("more", "higher", "larger",
                                                            "greater")
                fall = not rise
            else:
                # the verb "by" follows says the move: "rose by", "fell sharply by"; never a
                # cause's ("helped by $157 million of acquisitions")
                words = " ".join(d.sentence[:at].split()[-4:])
                rise, fall = _RISE.search(words), _FALL.search(words)
            if bool(rise) == bool(fall):
                continue  # the words do not say which way
            done.add(d.local)
            minuend, subtrahend = (f":{g.local}", initial) if rise else (initial, f":{g.local}")
            out.append(({d.local},
                        relation("DifferenceRelation", f":{g.claim}",
                                 f"{g.quote} and the earlier figure: {d.quote} apart",
                                 f"cg:minuend {minuend} ; cg:subtrahend {subtrahend} ; "
                                 f"cg:difference :{d.local}")))
    return out


#: "48 percent of the total", "(51.0%) of quarterly revenue", "14.0% of the island's
#: imports": a share and the words that name its whole
_OF_WHOLE = re.compile(r"^\s*\)?\s*of\s+(?P<whole>(?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.I)
#: where a share's whole ends: "of imports but bought little", "of the total, and"
_WHOLE_END = re.compile(r"\s+(?:and|but|or|while|whereas|which|that|in|for|to|from|as|with|"
                        r"against|compared|than|on|at|by|after|before|since)\b.*", re.I)
#: a verb that says a row's figure is its share of a whole: "took", "accounted for"
_TOOK = re.compile(r"\b(?:took|takes|taking|accounted\s+for|accounts?\s+for|made\s+up|"
                   r"makes?\s+up)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|only\s+|"
                   r"just\s+)?$", re.I)
_WHOLE_WORDS = re.compile(r"\b(?:total|all|overall)\b", re.I)
#: "took 92.7% of spending, with administration at 7.3%", "6.9 per cent of total
#: expenditure, and governance 9.5 per cent", "53.2% of sales, and ghee contributed 16.6%":
#: the words between a share of a named whole and a bare percent that shares the clause's
#: verb and whole with it (a coordinated clause left elliptical): the subject is a few words
#: naming another thing, no verb of change or comparison among them, nor a word that joins
#: it to the first clause's subject ("and together with children's services for 72.6%": a
#: share of the two things together, not of the second alone)
_ELLIPTICAL = re.compile(
    r"^\s*\)?\s*of\s+(?P<whole>[^,;()]+?)\s*(?:,\s*|;\s*)?\b(?:and|while|whereas|with)\s+"
    r"(?P<subject>(?:(?!(?:rose|rising|fell|falling|grew|growing|increased|decreased|"
    r"climbed|dropped|declined|up|down|by|from|to|than|on|of|over|against|versus|vs|points?|"
    r"per|a|an|was|were|is|are|had|has|have|its|their|share|rate|margin|together|with|for|"
    r"combined|plus|including|alone|in|at|as|into|among|between|under|about|both|all|"
    r"them|it|this|that|which)\b)"
    r"[^\W\d_][\w'’-]*\s+){1,6}?)"
    r"(?:at\s+|(?:took|contributed|accounted\s+for|made\s+up|represented|provided|"
    r"supplied)\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|only\s+|just\s+)?$",
    re.I)
#: the word that makes a row a subtotal, apart from what the row adds up
_SUBTOTAL_WORD = re.compile(r"^\s*sub[- ]?total\W*", re.I)
#: a share set in brackets after the whole a fraction or a share noun names: "more than
#: half of all visits (52.4%)", "the largest share of the total (41%)"
_OF_BEFORE = re.compile(r"\b(?:half|third|quarter|fifth|tenth|majority|share|proportion|"
                        r"most)\s+of\s+(?P<whole>(?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*\(\s*$", re.I)


def _elliptical_whole(sentence: str, at: int, length: int) -> re.Match | None:
    """The words naming the whole of the share before a bare percent at ``at`` whose clause
    leaves out the verb and the whole it shares with that share's clause ("Fees took 61% of
    income, and grants 30%": the 30% is of income too); None where the percent is not such a
    clause's (it ends no clause, or a verb of change or other words stand between)."""
    if re.match(r"\s*(?:[.;,)]|--|—|–|$)", sentence[at + length:]) is None:
        return None
    before = list(_PERCENT_SAID.finditer(sentence[:at]))
    if not before:
        return None
    return _ELLIPTICAL.match(sentence[before[-1].end():at])


def _whole_row(whole: str, table, named: list[int]) -> int | None:
    """The one row of amounts, no total, whose whole label the words of a share's whole
    say ("of group revenue" the "Revenue" row, "of net sales" "Net sales"), other than the
    row the share is of; None where they say none or several."""
    from kg.read.ties import _plain

    plain = f" {_plain(_WHOLE_END.sub('', whole))} "
    said = [r for r, row in enumerate(table.rows) if not row.total and row.kind == "value"
            and r not in named and (label := _plain(re.sub(r"\([^)]*\)", " ", row.label)).strip())
            and f" {label} " in plain]
    return said[0] if len(said) == 1 else None


def _whole_columns(whole: str, table, values: list[int]) -> list[int] | None:
    """The value columns the words of a share's whole name ("of imports": the Imports
    column); [] where they name the whole otherwise (the total, the total row's label, the
    caption's thing); None where they name nothing of the table."""
    from kg.read.ties import _plain, _stems as _forms

    plain = _plain(whole)
    if any(not row.total and f" {_plain(row.label).strip()} " in plain for row in table.rows):
        return None  # "15.8% of the dry recycling total": a row's, not the table's whole
    named = [c for c in values if any(f" {w} " in plain for w in _plain(
        re.sub(r"\([^)]*\)|\d+", " ", table.columns[c].header)).split() if len(w) > 3)]
    if named:
        return named
    # "of all animals adopted" names the Adoptions column: a verb's participle and the noun
    # of its doing share their stem ("adopted", "Adoptions"; "exported", "Exports")
    said = {s for w in plain.split() if len(w) > 3 for s in _forms(w)}
    named = [c for c in values if said & {s for w in _plain(
        re.sub(r"\([^)]*\)|\d+", " ", table.columns[c].header)).split() if len(w) > 3
        for s in _forms(w)}]
    if named:
        return named
    totals = [row.label for row in table.rows if row.total]
    caption = re.sub(r"^(?:table|chart|figure|exhibit)\s+[\w.]+[.:—–-]*\s*", "",
                     table.caption.strip(), flags=re.I)
    caption = re.split(r"\s(?:by|for|per|in|at|from|,|—|–|:|\()\s?", caption, maxsplit=1)[0]
    if _WHOLE_WORDS.search(whole) or any(
            f" {w} " in plain for label in totals for w in _plain(label).split()
            if len(w) > 3 and not _WHOLE_WORDS.fullmatch(w)) or any(
            f" {w} " in plain for w in _plain(caption).split() if len(w) > 4) or \
            _stems(whole) & _stems(caption) - {"total"} or \
            _spent(_stems(whole)) & _spent(_stems(" ".join([caption, *totals]))):
        # ("of the net budget" of a table of net spending: nouns writers swap name one whole)
        return []
    return None


def _latest_named(columns: list[int], table, sentence: str) -> list[int]:
    """Of the columns a share's whole names, each of its own period ("Adoptions, 2024",
    "Adoptions, 2023"), the latest one's, where the sentence writes no period of the others
    (a share stated with no year is of the table's latest period); all of them otherwise."""
    from kg.read.tables import column_period

    periods = [column_period(table.columns[c].header) for c in columns]
    if not all(periods) or len(set(periods)) != len(periods):
        return columns
    latest = max(periods)
    if any(p != latest and re.search(r"\b" + re.escape(p[:4]) + r"\b", sentence)
           for p in periods):
        return columns
    return [columns[periods.index(latest)]]


#: a percent the text writes: where the clause of the share after it opens
_PERCENT_SAID = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|per\s?cent\b|percent\b)", re.I)

#: the stems of the nouns writers swap for the money a body pays out: "of spending" is of
#: the "Total expenditure" row, "of costs" of a table of expenses
_SPENDING = frozenset({"spending", "expen", "cost", "outgoing"})


#: the stems of the nouns writers swap for what a region or a plant makes: "of provincial
#: output" is of a table of production
_MADE = frozenset({"output", "product"})


def _spent(stems: set[str]) -> set[str]:
    """The stems, with one name for all the nouns of money paid out, and one for all the
    nouns of what is made."""
    return ({"spending"} if stems & _SPENDING else set()) | \
        ({"output"} if stems & _MADE else set())


#: words set aside in a pair of dashes or in brackets: "Program costs — food, staff and the
#: warehouse — took 92.7%"
_ASIDE = re.compile(r"\s(?:—|–|--)\s(?P<a>[^—–()]*?)\s(?:—|–|--)\s|\((?P<b>[^()]*)\)")


def _only_listed_aside(sentence: str, label: str) -> bool:
    """Whether the sentence names a row only as one of several things it lists aside ("—
    food, staff and the warehouse —"): what the aside lists makes up the subject together,
    so the share is of them all, not of the one row."""
    from kg.read.ties import said_at

    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(sentence)
              if re.search(r",|\band\b", m.group("a") or m.group("b") or "")]
    at = said_at(sentence, label)
    return bool(at) and all(any(a <= k < b for a, b in asides) for k in at)


def _stems(text: str) -> set[str]:
    """The stems of a text's words of four letters or more, unit notes in brackets and
    numbers left out ("Spend (£ thousand)": spending)."""
    from kg.authoring.suggest.kinds.portions import stem

    return {stem(w) for w in re.findall(r"[^\W\d_]{4,}", re.sub(r"\([^)]*\)", " ", text))}


def _digits(text: str) -> str:
    """A number's significant digits, as written: "£117.05 million" and "117,050" both
    "11705"."""
    return re.sub(r"\D", "", text).strip("0")


def _cell_text(tables, cell: str) -> str:
    from kg.read.turtle import cell_place

    place = cell_place(cell)
    if place is None:
        return ""
    t, r, c = place
    found = tables[t - 1].rows[r - 1].cells[c - 1]
    return found.text if found is not None else ""


def _table_shares(figures, tied, tables, writer) -> list[tuple[set[str], str]]:
    """"Institutional grants … providing 48 percent of the total", "China supplied 14.0% of
    the island's imports": a share the sentence states of a row it names, whose portion
    and whole only the table gives (the row's cell and the total row's, in the column the
    whole's words name, else the one value column or the latest period's). The whole must
    be named: the total, the total row, the caption's thing or a column."""
    from kg.read.ties import PERCENT, _names_row, said_at, says
    from kg.read.turtle import relation
    from kg.read.tables import column_period, is_subtotal

    taken = {f.local for f, _, _, _ in tied}
    # a cell the text restates to as many digits is that figure: the share is of the
    # quantity the text states; a rounder restatement ("A$3.89 billion" for 3,892) leaves
    # the cell's exact figure the whole
    said = {cell: f":{f.local}" for f, cell, _, sure in tied
            if sure and _digits(f.quote) == _digits(_cell_text(tables, cell))}
    out = []
    for f in figures:
        at = f.sentence.find(f.quote) if f.quote else -1
        of = _OF_WHOLE.match(f.sentence[at + len(f.quote):]) if at >= 0 else None
        if of is None and at >= 0 and f.sentence[at + len(f.quote):].lstrip().startswith(")"):
            of = _OF_BEFORE.search(f.sentence[:at])
        # "Harrowmere City ... took 28.3 per cent.": a verb of sharing and no whole after
        # it, the whole being the table's, which the text has been dividing
        bare = of is None and at >= 0 and _TOOK.search(f.sentence[:at]) is not None and \
            re.match(r"\s*(?:[.;]|--|—|–|$)", f.sentence[at + len(f.quote):]) is not None
        if of is None and not bare and at >= 0:
            of = _elliptical_whole(f.sentence, at, len(f.quote))
        if f.unit != PERCENT or f.local in taken or (of is None and not bare):
            continue
        found = []
        for t, table in enumerate(tables, start=1):
            named = [r for r, row in enumerate(table.rows) if not row.total
                     and (says(f.sentence, row.label) or _names_row(f, row))]
            if len(named) > 1:  # "China …, taking 44.6 percent of the total, and … Japan"
                named = [r for r in named if says(f.sentence[:at], table.rows[r].label)]
            named = [r for r in named if not _only_listed_aside(f.sentence, table.rows[r].label)]
            if not named:
                named = _named_by_head_noun(f.sentence[:at], table)
            if len(named) > 1:
                # "Food took 66.1% of spending, while administration took 4.6%": each
                # share is of the row its own clause names, after the share before it
                opens = max((m.end() for m in _PERCENT_SAID.finditer(f.sentence[:at])),
                            default=-1)
                named = [r for r in named if opens >= 0 and any(
                    k > opens for k in said_at(f.sentence[:at], table.rows[r].label))] or named
            totals = [r for r, row in enumerate(table.rows) if row.total]
            # a share "of direct costs" beside "Subtotal, direct costs" is of the subtotal its
            # words name; "of the total" is of the total the subtotal is a part of
            subtotals = [r for r in totals if is_subtotal(table.rows[r])]
            whole_words = of.group("whole") if of is not None else ""
            named_sub = [r for r in subtotals if whole_words and says(
                whole_words, _SUBTOTAL_WORD.sub("", table.rows[r].label))]
            totals = named_sub or [r for r in totals if r not in subtotals] or totals
            # "Valves contributed 40.0% of net sales" over key figures with no total row: a
            # whole the words name by another row's label is that row (where a total row
            # stands, "15.8% of the dry recycling total" is a part's, which the sentence
            # states apart)
            by_row = _whole_row(whole_words, table, named) if not totals else None
            if by_row is not None:
                totals = [by_row]
            values = [c for c, col in enumerate(table.columns) if col.kind == "value"]
            if len(named) != 1 or len(totals) != 1 or not values:
                continue
            row = table.rows[named[0]]
            columns = _whole_columns(_WHOLE_END.sub("", of.group("whole")), table, values) \
                if of is not None else []
            if by_row is not None and columns is None:
                columns = []  # the row's label named it, no column's head
            # "Northgate accounted for 40% of all those waiting": a verb of sharing and a
            # whole that names one column of amounts state the row's share of that column's
            # total, never the row's own rate in a percent column beside it
            shared = _TOOK.search(f.sentence[:at]) is not None and columns is not None and \
                len(columns) == 1
            if any(cell is not None and _digits(cell.text) == _digits(f.quote)
                   for cell in row.cells) or not shared and \
                    any(cell is not None and table.columns[c].kind in ("percent", "share") and
                        writer._cell_unit(table, c, cell)[0] == "unit:PERCENT"
                        for c, cell in enumerate(row.cells)):
                # "with 78.8% of pupils reaching the standard" beside the row's own 78.8, or
                # any percent column of the row: the words may restate the row's own rate
                # rather than state the row's share of the total
                continue
            if columns is not None and len(columns) > 1:
                columns = _latest_named(columns, table, f.sentence)
            if columns is None or len(columns) > 1:
                continue
            periods = [column_period(table.columns[c].header) for c in values]
            whole_period = [c for c in values if table.columns[c].total]
            # "Spending was heaviest in the Central area, which accounted for 30.3 per cent of
            # the total" beside columns of potholes filled and of spend: the clause's own
            # words name what the share is of where "the total" does not
            measured = [c for c in values
                        if _stems(table.columns[c].header) & _stems(f.sentence[:at])]
            if columns:
                c = columns[0]
            elif len(whole_period) == 1:
                c = whole_period[0]  # quarters and their year: the share is of the year's
            elif len(values) > 1 and len(measured) == 1:
                c = measured[0]
            elif len(values) > 1 and not all(periods):
                continue
            elif len(values) == 1:
                c = values[0]
            else:
                # the latest period's column; where two columns of different measures share
                # it ("Intake, 2024" and "Adoptions, 2024"), the one the clause's words name
                # ("adoptions rose …, and cats made up 43%"), else none (never the first)
                latest = [v for v, p in zip(values, periods) if p == max(periods)]
                if len(latest) > 1:
                    latest = [v for v in latest if v in measured]
                if len(latest) != 1:
                    continue
                c = latest[0]
            part, whole = table.rows[named[0]].cells[c], table.rows[totals[0]].cells[c]
            if part is None or whole is None or writer._cell_unit(table, c, part)[0] != \
                    writer._cell_unit(table, c, whole)[0]:
                continue
            portion = writer.figure_id(t, named[0] + 1, c + 1)
            whole = writer.figure_id(t, totals[0] + 1, c + 1)
            found.append((said.get(portion, portion), said.get(whole, whole),
                          table.rows[named[0]].label))
        if len(found) != 1:
            continue
        portion, whole, label = found[0]
        out.append(({f.local}, relation("ShareRelation", f":{f.claim}",
                                        f"{label}: {f.quote} of the total (the table)",
                                        f"cg:portion {portion} ; cg:whole {whole} ; "
                                        f"cg:share :{f.local}")))
    return out


#: the subject a verb of sharing follows, one bare word opening its clause: "…; stipends
#: make up", "Rents accounted for"
_SHARING_SUBJECT = re.compile(r"(?:^|[;:.]\s+|,\s+(?:and|while|but)\s+|\b(?:and|while|but)\s+)"
                              r"([^\W\d_]{4,})\s+(?=(?:took|takes|accounted\s+for|"
                              r"accounts?\s+for|made\s+up|makes?\s+up)\s+(?:about\s+|"
                              r"some\s+|nearly\s+|almost\s+|around\s+|only\s+|just\s+)?$)",
                              re.I)


def _named_by_head_noun(before: str, table) -> list[int]:
    """The one row whose label's last word is the bare subject of the verb of sharing
    before a share ("stipends make up 45.6% of the budget" names "Practitioner stipends"):
    the head noun of a label names its row where no other row's label ends on it."""
    m = _SHARING_SUBJECT.search(before)
    if m is None:
        return []
    word = m.group(1).lower()
    heads = [r for r, row in enumerate(table.rows) if not row.total and
             (words := re.findall(r"[^\W\d_]+", re.sub(r"\([^)]*\)", " ", row.label)))
             and words[-1].lower() == word]
    return heads if len(heads) == 1 else []


def _mask(text: str, tables) -> str:
    """The text with its tables (and their captions) blanked, line ends kept: what is left
    is running text, read sentence by sentence."""
    chars = list(text)
    for table in tables:
        for i in range(table.caption_start, table.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


#: how sure kg read is of a relation, by where its figures stand: the words of one sentence
#: tie its figures together; a figure from another sentence is a guess about what "the
#: total" or "the average" refers to, and a guess is proposed, not checked
CONFIDENCE = {"table": "0.9", "sentence": "0.8", "across": "0.5"}
#: relations at or above this are checked at once; below it they wait as suggestions
CHECKED_FROM = "0.8"


def _total_cells(tables, writer) -> TotalCells:
    """Each cell of a table's total row in a column of levels, with the words that name it:
    the table's caption and head (the head may name the amounts: "Revenue by segment
    (€ million) | 2025 | 2024"), and the row's label ("Total net sales")."""
    from kg.authoring.suggest.kinds.portions import stem

    out = {}
    for t, table in enumerate(tables, start=1):
        named = f"{table.caption} {table.header_line}"
        for r, row in enumerate(table.rows, start=1):
            if not row.total:
                continue
            words = tuple(frozenset(stem(w) for w in re.findall(r"[^\W\d_]+", text))
                          for text in (named, row.label))
            for c, column in enumerate(table.columns, start=1):
                if column.kind == "value" and not column.unsure and \
                        not _averaged_column(column.header) and \
                        row.cells[c - 1] is not None and row.cells[c - 1].value is not None:
                    out[writer.figure_id(t, r, c).lstrip(":")] = words
    return out


#: the words of a column's head that make its cells amounts per thing: its total row's
#: cell is the whole's average ("Average days per employee"), never a sum of the rows
_AVERAGED_HEAD = re.compile(r"\b(?:average|avg|mean|median|per)\b", re.IGNORECASE)


def _averaged_column(header: str) -> bool:
    return _AVERAGED_HEAD.search(header or "") is not None


def _read_relations(claims_dir: Path, doc_id: str, implied: list[str],
                    proposed: list[str] = (),
                    completions: list[tuple[set[str], str]] = (),
                    totals: TotalCells | None = None) -> int:
    """The relations the words state, and those the tables imply, beside the claims; a
    relation whose figures the words do not tie together is left as a suggestion
    (``totals``: the cells of the tables' total rows, which a share may take as its whole)."""
    from kg.authoring.new import PREFIXES
    from kg.authoring.suggest import suggest
    from kg.authoring.suggest.files import SUGGESTIONS_FILE, write_suggestions

    folder = claims_dir / doc_id
    claims_text = (folder / "claims.ttl").read_text(encoding="utf-8")
    claim_of = dict(re.findall(r"^:([\w-]+) a cg:(?:Figure|StatedDate) ;[^\n]*\n"
                               r"    cg:claim :([\w-]+) ;", claims_text, re.M))
    # (each figure of the text a sure tie restates a cell with: a share of it is of that
    # cell's table)
    restated = {text: cell for cell, text in re.findall(
        r"cg:first :(f-t[\w-]+) ; cg:restatedAs :([\w-]+) \.", "\n".join(implied))}
    found = suggest(claims_dir, doc_id, totals, restated)
    sure, unsure = [], []
    for s in found:
        if sum(len(figs) for _, figs in s.roles) != len(s.figures):
            continue  # one figure in two roles: a misreading, never a relation
        claims = {claim_of.get(f) for f in s.figures} | {s.claim.rsplit("/", 1)[-1]}
        # a relation reaches into another sentence only where its words name what it
        # takes from there: the rest of a list of shares ("… computers 48.3 percent.
        # Tablets made up the rest"), "of the total", "per resident" (Suggestion.across)
        (sure if len(claims) == 1 or s.kind == "WholeRelation" or s.across else
         unsure).append(s)
    sure = _exact_restatements(sure, claims_text, implied)
    sure = _without_completed_comparisons(sure, completions, {f for s in found
                                                              for f in s.figures})
    sure = _without_tabled_comparisons(sure, implied, restated)
    sure = _highlighted_changes(sure, implied, completions, claims_text)
    sure = _without_restated_comparisons(sure, implied, completions, claims_text, restated)
    header = PREFIXES.format(doc_id=doc_id)
    text = header + ("\n# Relations `kg read` read: those the words of one sentence state "
                     "(confidence 0.8)\n# and those a table's structure implies (0.9). Each is "
                     "checked; delete one that\n# is wrong, or confirm it (kg confirm).\n\n")
    if sure:
        path = write_suggestions(claims_dir, doc_id, sure)
        body = path.read_text(encoding="utf-8")
        path.unlink()
        body = body[body.index("\n:s-"):] if "\n:s-" in body else ""
        # read relations are r-N: the s-N names stay with the proposals in suggestions.ttl
        body = re.sub(r"^:s-(\d+) (a cg:\w+), cg:Suggestion ;", r":r-\1 \2 ;" + READ_MARK,
                      body, flags=re.M)
        text += body.replace("cg:basis cg:Stated ;", f"cg:basis cg:Stated ; cg:confidence "
                             f"{CONFIDENCE['sentence']} ;")
    text += "\n".join(r.replace("cg:basis cg:Implied ;", f"cg:basis cg:Implied ; "
                                 f"cg:confidence {CONFIDENCE['table']} ;") for r in implied)
    # (a guess across sentences, proposed and never checked, leaves a figure free for what
    # its own sentence and a table state of it, and gives way to that)
    used = {f for s in sure for f in s.figures}
    completed = set()
    for n, (figures, body) in enumerate(completions, start=1):
        if figures & used:
            continue  # the words already relate it to figures of the text
        completed |= figures
        kind, rest = body.split(" ; ", 1)
        text = text.rstrip("\n") + (f"\n\n:r-y{n} {kind} ;{READ_MARK}\n    cg:basis cg:Stated ; cg:confidence "
                 f"{CONFIDENCE['sentence']} ; {rest}")
        used |= figures
        implied = [*implied, body]
    if sure or implied:
        (folder / "relations.ttl").write_text(text, encoding="utf-8")
    unsure = [s for s in unsure if not s.figures & completed]
    if unsure or proposed:
        write_suggestions(claims_dir, doc_id, unsure)
        path = folder / SUGGESTIONS_FILE
        path.write_text(path.read_text(encoding="utf-8").replace(
            "cg:basis cg:Stated ;", f"cg:basis cg:Stated ; cg:confidence "
            f"{CONFIDENCE['across']} ;") + "\n".join(proposed), encoding="utf-8")
    return len(sure) + len(implied)


#: the two ends of a change a completion states: "cg:initial :f-3 ; cg:final :f-1"
_ENDS = re.compile(r"cg:initial :([\w-]+) ; cg:final :([\w-]+) ;")


def _without_completed_comparisons(sure: list, completions: list[tuple[set[str], str]],
                                   used: set[str]) -> list:
    """The relations read, less each comparison of the two ends of a change a completion
    states ("4.86 million stays, an increase on the year of 6.1% (Q3 2024: 4.58 million)",
    the 6.1% tied to the table's change): the change states their order, and is checked
    (as kg.authoring.suggest drops a comparison a change it reads already orders)."""
    ordered = set()
    for figures, body in completions:
        if figures & used:
            continue  # not written: the words relate that figure otherwise
        used = used | figures
        ends = _ENDS.search(body)
        if ends and re.match(r"a cg:\w*ChangeRelation ", body):
            ordered.add(frozenset(ends.groups()))
    return [s for s in sure if s.kind != "ComparisonRelation" or s.figures not in ordered]


def _without_tabled_comparisons(sure: list, implied: list[str],
                                restated: dict[str, str]) -> list:
    """The relations read, less each comparison whose two figures restate the two ends of a
    change a table's row implies ("Ferry crossings: 4.20 million, up from 3.90 million" beside
    the row "Ferry crossings  4.20  3.90  +7.7"): the row's change states their order and is
    checked, and each figure is checked against its cell, so a slip in either is still
    found; the comparison would be a second, weaker claim of the same order. Only ties the
    table's labels make (``restated``) count: never two figures matched by value."""
    ordered = set()
    for body in implied:
        ends = _ENDS.search(body)
        if ends and re.match(r":r-\S+ a cg:\w*ChangeRelation ", body.lstrip()):
            ordered.add(frozenset(ends.groups()))
    if not ordered:
        return sure
    # (a comparison of the cells themselves, "the ferry carried fewer people than a
    # year before" of a row, is what those words state: kept)
    return [s for s in sure if s.kind != "ComparisonRelation"
            or not all(f in restated for f in s.figures)
            or frozenset(restated[f] for f in s.figures) not in ordered]


#: a figure's quote and unit in claims.ttl: ":f-3 a cg:Figure ; …\n    cg:claim :c-2 ;\n
#: cg:quote "34.8 tonnes" ; …\n    qudt:unit unit:TONNE ;"
_QUOTED = re.compile(r'^:([\w-]+) a cg:Figure ;[^\n]*\n    cg:claim :[\w-]+ ;\n'
                     r'    cg:quote "((?:[^"\\]|\\.)*)" ;\n(?:    [^\n]*\n)*?'
                     r'    qudt:unit (\S+) ;', re.M)
_RESTATED = re.compile(r"cg:first :([\w-]+) ; cg:restatedAs :([\w-]+) \.")


def _without_restated_comparisons(sure: list, implied: list[str],
                                  completions: list[tuple[set[str], str]], claims_text: str,
                                  restated: dict[str, str]) -> list:
    """The relations read, less each comparison whose two figures restate the two ends of a
    change read elsewhere in the document ("The crop came to 34.8 tonnes, up from 29.1
    tonnes" and, further on, "34.8 tonnes was 19.7 per cent more than 29.1 tonnes"): the
    change states the same order of the same two quantities, and checks it with its
    figure. A figure restates another where a restatement ties them (the words or a table's
    labels) or where the text says it again in the same words and unit; both ends must
    restate, never one figure matched by its value alone."""
    parent: dict[str, str] = {}

    def root(f: str) -> str:
        while parent.get(f, f) != f:
            f = parent[f]
        return f

    def join(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    said: dict[tuple[str, str], str] = {}
    for figure, quote, unit in _QUOTED.findall(claims_text):
        key = (quote.strip().lower(), unit)
        if key in said:
            join(figure, said[key])
        else:
            said[key] = figure
    for text, cell in restated.items():
        join(text, cell)
    for s in sure:
        if s.kind == "RestatementRelation":
            figures = [f for _, names in s.roles for f in names]
            for other in figures[1:]:
                join(figures[0], other)
    ends = []
    for s in sure:
        if s.kind.endswith("ChangeRelation"):
            roles = dict(s.roles)
            if roles.get("initial") and roles.get("final"):
                ends.append((roles["initial"][0], roles["final"][0]))
    for body in [*implied, *(body for _, body in completions)]:
        if re.search(r"a cg:\w*ChangeRelation ", body):
            for pair in _ENDS.findall(body):
                ends.append(pair)
    for pair in _RESTATED.findall("\n".join(implied)):
        join(*pair)
    ordered = {frozenset(root(f) for f in pair) for pair in ends}
    # (a comparison of a change's own two figures, "the crossing carried fewer people than a
    # year before" of a table's row, is what those words state: kept, as above)
    own = {frozenset(pair) for pair in ends}
    return [s for s in sure if s.kind != "ComparisonRelation" or len(s.figures) != 2
            or s.figures in own or frozenset(root(f) for f in s.figures) not in ordered]


#: the words of a comparison read from a baseline: "from $35.9 million", "rose from 158.2
#: cents to 187.6 cents", "compared with R311.8 million", "(2023: R251.0 million)"
_FROM_BASELINE = re.compile(r"^(?:\(\s*(?:FY\s*)?(?:19|20)\d\d|(?:[a-z]+\s+){0,2}from\b|"
                            r"compared\s+(?:with|to)\b)", re.I)
#: a claim's sentence in claims.ttl
_CLAIM_QUOTE = re.compile(r'^:([\w-]+) a cg:Claim ;[^\n]*\n    cg:quote "((?:[^"\\]|\\.)*)" ;',
                          re.M)
#: a figure's claim in claims.ttl
_FIGURE_CLAIM = re.compile(r"^:([\w-]+) a cg:(?:Figure|StatedDate) ;[^\n]*\n"
                           r"    cg:claim :([\w-]+) ;", re.M)
#: the words of a move and its size right before the level it reached: "up 18.9% to", "rose
#: by 16.2 per cent to"
_MOVE_TO = r"\b(\w+)\s+(?:by\s+)?{change}\s+to\s+(?:a\s+(?:record|new)\s+\w+\s+of\s+)?{level}"
#: the same, the level first and its move set off after it: "Sales of $343.7 million, up
#: 5.9% year over year"
_LEVEL_MOVED = r"{level}\s*,\s*(up|down)\s+{change}(?!\s+(?:of|to|from)\b)"


def _highlighted_changes(sure: list, implied: list[str], completions, claims_text: str
                         ) -> list:
    """The relations read, where a comparison of a level with its baseline ("Adjusted
    EBITDA rose to $41.7 million from $35.9 million") has its move's size stated in another
    sentence that reaches the same level ("Adjusted EBITDA up 16.2% to $41.7 million", a
    results release's highlights): that comparison becomes the change the two sentences
    state together, from the baseline to the level, by the size the other gives, the way
    its words say. The level is restated in the same words and unit (never a figure matched
    by value alone); the size is no figure of another relation; one such sentence only."""
    from dataclasses import replace

    from kg.authoring.suggest.kinds.cues import direction

    quoted = {figure: (json_unescape(quote).strip(), unit)
              for figure, quote, unit in _QUOTED.findall(claims_text)}
    sentence = {claim: json_unescape(quote) for claim, quote in
                _CLAIM_QUOTE.findall(claims_text)}
    claim_of = dict(_FIGURE_CLAIM.findall(claims_text))
    used = {f for s in sure for f in s.figures} | {
        f for body in [*implied, *(body for _, body in completions)]
        for f in re.findall(r":(f-[\w-]+)", body)}
    percents = [f for f, (_, unit) in quoted.items() if unit.endswith("PERCENT")
                and f not in used]
    moves: dict[str, list[tuple[str, str, str]]] = {}  # level figure -> (change, way, claim)
    for change in percents:
        claim = claim_of.get(change)
        text = sentence.get(claim, "")
        for level in quoted:
            # (a move "up 0.5%" of a level in per cent may be in points or relative: which,
            # the words leave to the reader; levels in other units only)
            if claim_of.get(level) != claim or level == change or \
                    quoted[level][1].endswith("PERCENT"):
                continue
            m = re.search(_MOVE_TO.format(change=re.escape(quoted[change][0]),
                                          level=re.escape(quoted[level][0])), text) or \
                re.search(_LEVEL_MOVED.format(change=re.escape(quoted[change][0]),
                                              level=re.escape(quoted[level][0])), text)
            way = direction(m.group(1)) if m else None
            if way is not None:
                moves.setdefault(level, []).append((change, way, claim))
    if not moves:
        return sure
    out, taken = [], set()
    for s in sure:
        if s.kind != "ComparisonRelation" or len(s.figures) != 2 or \
                not _FROM_BASELINE.match(s.evidence or "") or \
                len({claim_of.get(f) for f in s.figures}) != 1:
            out.append(s)
            continue
        found = []
        for end in s.figures:
            for level, said in moves.items():
                if quoted.get(level) == quoted.get(end) and claim_of.get(level) != \
                        claim_of.get(end):
                    found += [(end, change, way) for change, way, _ in said]
        if len(found) != 1 or found[0][1] in taken:
            out.append(s)
            continue
        final, change, way = found[0]
        (initial,) = s.figures - {final}
        taken.add(change)
        out.append(replace(s, kind="PercentChangeRelation",
                           roles=(("initial", (initial,)), ("final", (final,)),
                                  ("change", (change,))),
                           label=f"{quoted[initial][0]} to {quoted[final][0]}: "
                                 f"{'up' if way == 'Increase' else 'down'} "
                                 f"{quoted[change][0]}",
                           direction=way))
    return out


def json_unescape(text: str) -> str:
    """A Turtle string's text (its escapes undone)."""
    return text.replace('\\"', '"').replace("\\\\", "\\")


#: the kinds whose arithmetic a reader checks on a table's exact cell rather than on the
#: text's rounded restatement of it ("£1.24 billion" of the cell 1,236.0)
_EXACT_KINDS = ("ShareRelation", "AverageRelation")
#: "# read as 2990000, stands for [2985000, 2995000]": the values a rounded figure stands for
_STANDS_FOR = re.compile(r"^:([\w-]+) a cg:Figure ;[^\n]*stands for \[(\S+), (\S+)\]", re.M)
_VALUE = re.compile(r"^:([\w-]+) a cg:Figure ;[^\n]*\n(?:    [^\n]*\n)*?"
                    r"    qudt:numericValue (\S+) ;", re.M)


def _exact_restatements(found: list, claims_text: str, implied: list[str]) -> list:
    """A share or an average whose figure the text rounds from a table's cell ("the total of
    £1.24 billion" of the cell 1,236.0) takes the cell: the exact figure the rate was
    worked from, so its check is as tight as the document allows. Where a figure it ties to
    a cell is no rounding of it (a slip: "£412.6 million" of 472.6), the relation stands as
    the words wrote it, for its own check and the restatement's to find the slip."""
    from dataclasses import replace
    from decimal import Decimal, InvalidOperation

    cell_of = {text: cell for cell, text in re.findall(
        r"cg:first :(f-t[\w-]+) ; cg:restatedAs :([\w-]+) \.", "\n".join(implied))}
    values = dict(_VALUE.findall(claims_text))
    bounds = {f: (lo, hi) for f, lo, hi in _STANDS_FOR.findall(claims_text)}

    def tie(f: str) -> str | None:
        """"same", "rounded" (the text's figure is the cell rounded) or None (a slip)."""
        try:
            said, cell = Decimal(values[f]), Decimal(values[cell_of[f]])
            lo, hi = (Decimal(x) for x in bounds.get(f, (said, said)))
        except (KeyError, InvalidOperation):
            return None
        return "same" if said == cell else "rounded" if lo <= cell <= hi else None

    out = []
    for s in found:
        ties = {f: tie(f) for f in s.figures if f in cell_of and cell_of[f] not in s.figures}
        if s.kind in _EXACT_KINDS and ties and None not in ties.values():
            swap = {f: cell_of[f] for f, how in ties.items() if how == "rounded"}
            s = replace(s, roles=tuple((role, tuple(swap.get(f, f) for f in figs))
                                       for role, figs in s.roles))
        out.append(s)
    return out


#: a waiver kg new wrote (a year used as a date): where a table repeats its words, it is
#: dropped rather than told apart (it only says a number is not a figure)
_WAIVER = re.compile(r'^:w-[\w-]+ a cg:Waiver ;[^\n]*\n    cg:quote ("(?:[^"\\]|\\.)*") ;\n'
                     r'    cg:reason [^\n]*\n\n?', re.M)


def _without_repeated_waivers(text: str, source: str) -> str:
    """The read claims without a waiver whose quote stands more than once in the source
    (the claims' and figures' quotes are told apart as they are drafted:
    :mod:`kg.authoring.placing`)."""
    import json

    from kg.anchor import occurrences
    from kg.anchor import normalize

    folded = normalize(source)
    return _WAIVER.sub(lambda m: "" if len(occurrences(folded, normalize(json.loads(
        m.group(1))), 0, len(folded))) > 1 else m.group(0), text)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
