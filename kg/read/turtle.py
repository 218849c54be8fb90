"""What kg read read, as the Turtle of a claims folder: tables' rows as claims, cells as
figures under their caption's scale and unit, and the relations a table implies."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from kg.read.tables import (ANOMALY_HEADER, COST_LABEL, INCOME_LABEL, NORMAL_HEADER,
                            SAVING_HEADER, is_subtotal,
                            ON_YEAR_HEADER, TOTAL_HEADER, Cell, Row, Table, adds_up, column_period,
                            breakdowns, names_a_mean, singular, year_apart)

if TYPE_CHECKING:
    from kg.authoring.placing import Placing

READ = "cg:readBy :reading"
#: a change column's head naming the year before as its base: "Change on last year",
#: "% change vs previous year"
_LAST_YEAR_HEAD = re.compile(r"\b(?:last|previous|prior)\s+year\b|\ba\s+year\s+(?:ago|earlier)\b",
                             re.I)


def lit(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def cell_place(local: str) -> tuple[int, int, int] | None:
    """The table, row and column (each from 1) of a table cell's figure, as
    :meth:`TableWriter.figure_id` names it; None for any other figure.

    >>> cell_place(":f-t2-r7-c1")
    (2, 7, 1)
    """
    m = _CELL_ID.fullmatch(local)
    return None if m is None else (int(m.group(1)), int(m.group(2)), int(m.group(3)))


_CELL_ID = re.compile(r":?f-t(\d+)-r(\d+)-c(\d+)")


def relation(kind: str, claim: str, label: str, roles: str) -> str:
    """The Turtle of a relation kg read adds (its subject the caller's): kind, claim, the
    label escaped as a literal (it quotes the document's words: a row named '"Gold" tier'
    must not end the string) and the roles.

    >>> print(relation("SumRelation", ":c-1", 'A "b" make 3', "cg:total :f-1"), end="")
    a cg:SumRelation ; cg:claim :c-1 ;
        rdfs:label "A \\"b\\" make 3" ;
        cg:total :f-1 .
    """
    return f"a cg:{kind} ; cg:claim {claim} ;\n    rdfs:label {lit(label)} ;\n    {roles} .\n"


def _decimal(value: Decimal) -> str:
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
    return text


#: a row or column of amounts per share ("Diluted earnings per share", "Dividends declared
#: per common share", "EPS"), which a caption's scale never applies to
_PER_SHARE = re.compile(r"\bper\s+(?:(?:basic|diluted|ordinary|common|class\s+[a-z])\s+)?"
                        r"(?:shares?|ADS|ADR|unit)\b|\b(?:EPS|DPS)\b", re.I)


#: a head's units that keep no scale of the caption's: units of time (a head counting them
#: has done so since before the caption's scale was kept) and rates per hundred or thousand
_NO_CAPTION_SCALE = {None, "YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "MS", "PERCENT",
                     "PERCENT_POINT", "PERMILLE"}


class TableWriter:
    """Turtle for the tables of one document, numbered after kg new's figures."""

    def __init__(self, doc_id: str, source: str | None = None,
                 dollar: str | None = None, placing: Placing | None = None) -> None:
        self.doc_id = doc_id
        #: where kg check places the quotes (kg read's, shared with the sentences' drafting):
        #: each quote told apart, and a cell whose quote does not place read as empty
        self.placing = placing
        #: the document's text, to anchor a caption that gives cells their scale
        self.source = source
        #: the dollar a "$" head or cell is in where the text says it is not the US one
        self.dollar = dollar
        self._normalized: str | None = None
        #: table number -> the claim of its caption, where the caption gives a scale
        self.captions: dict[int, str] = {}
        self.out: list[str] = []
        self.relations: list[str] = []
        self.n_relations = 0
        self.entities: dict[str, str] = {}
        self.proposed: list[str] = []  # relations a person should look at before checking
        self.measures: dict[int, str] = {}
        #: the tables written so far, by number: a later table may break down one's cell
        self.tables: dict[int, Table] = {}
        #: each change cell's relation: cell id -> (kind, the earlier cell, the later cell)
        self.changes: dict[str, tuple[str, str, str]] = {}
        #: relations a sentence states with a figure only a table gives (kg.read)
        self.completions: list[tuple[set[str], str]] = []
        #: each figure's period as kg read dated it (figure name -> period key)
        self.periods: dict[str, str] = {}
        #: the figures whose period the words (or a column's head) name
        self.named_periods: set[str] = set()
        #: figures a restatement dates anew: figure name -> period key
        self.redated: dict[str, str] = {}
        #: figures written bare that a restatement gives the unit of the row it restates:
        #: figure name -> unit (a CURIE)
        self.reunited: dict[str, str] = {}

    def figure_id(self, t: int, r: int, c: int) -> str:
        return f":f-t{t}-r{r}-c{c}"

    def write(self, t: int, table: Table) -> None:
        self.measures[t] = table.caption or table.header_line.strip()
        if self._anchorable(table):
            # the caption that scales the cells is provenance like any quote: a claim of its
            # own, anchored, that each cell it scales names (cg:scaleStatedIn)
            self.captions[t] = f":c-t{t}-caption"
            told = self.placing.claim(table.caption)[0] if self.placing is not None else ""
            self.out.append(f"{self.captions[t]} a cg:Claim ; {READ} ;\n"
                            f"    cg:quote {lit(table.caption)} ;\n{told}"
                            f"    schema:about ent:{self.doc_id}-subject .\n")
        placed = self._placed(t, table)
        for r, row in enumerate(table.rows, start=1):
            claim, told, cells = placed[r - 1]
            self.out.append(f"{claim} a cg:Claim ; {READ} ;\n    cg:quote {lit(row.line)} ;\n"
                            f"{told}    schema:about ent:{self.doc_id}-subject .\n")
            for c, cell in enumerate(row.cells, start=1):
                if cell is not None:
                    self.out.append(self._cell(table, t, r, c, cell, claim, cells[c - 1]))
        self._relations(t, table)
        self._broken_down(t, table)
        self.tables[t] = table

    def _placed(self, t: int, table: Table) -> list[tuple[str, str, list[str]]]:
        """Each row's claim, its selector's Turtle and its cells' (as the placing tells the
        quotes apart); a cell whose quote kg check could not place inside its row's quote is
        emptied (``None``) before anything is drafted of it, so no relation names it."""
        out = []
        for r, row in enumerate(table.rows, start=1):
            claim = f":c-t{t}-r{r}"
            if self.placing is None:
                out.append((claim, "", [""] * len(row.cells)))
                continue
            told, span = self.placing.claim(row.line)
            cells = []
            for c, cell in enumerate(row.cells):
                said, placed = ("", True) if cell is None else \
                    self.placing.figure(claim, row.line, span, cell.text)
                if not placed:
                    row.cells[c] = None
                cells.append(said)
            out.append((claim, told, cells))
        return out

    def _broken_down(self, t: int, table: Table) -> None:
        """A table whose rows are a year's quarters or months, in order and all of them, in
        one column of amounts, and whose caption names one row of an earlier table and the
        year ("Wind generation by quarter, 2024"): its cells add up to that row's cell in
        the column of that year. The caption's words and the periods decide, so a table of
        some quarters, or one naming no row or two, breaks nothing down."""
        labels = [row.label.strip().lower() for row in table.rows]
        steps = _QUARTER_ROWS if len(labels) == 4 else _MONTH_ROWS if len(labels) == 12 \
            else None
        values = [i for i, col in enumerate(table.columns) if col.kind == "value"]
        year = table.period or ""
        if steps is None or len(values) != 1 or not re.fullmatch(r"(?:19|20)\d\d", year) or \
                any(row.total or not re.fullmatch(step, label) for row, step, label in
                    zip(table.rows, steps, labels)):
            return
        c = values[0]
        if any(row.cells[c] is None or row.cells[c].value is None for row in table.rows):
            return
        found = []
        for t0, earlier in self.tables.items():
            cols = [i for i, col in enumerate(earlier.columns) if col.kind == "value"
                    and re.fullmatch(rf"\W*{year}\W*", col.header.strip())]
            rows = [r for r, row in enumerate(earlier.rows) if row.kind == "value"
                    and not row.total and _names(table.caption, row.label)]
            found += [(t0, r, i) for r in rows for i in cols
                      if earlier.rows[r].cells[i] is not None]
        if len(found) != 1:
            return
        t0, r0, c0 = found[0]
        whole = self._unit(self.tables[t0], r0, c0)
        if whole is None or any((self._unit(table, r, c) or (None,))[0] != whole[0]
                                for r in range(len(table.rows))):
            return
        self._sum(f":c-t{t0}-r{r0 + 1}",
                  f"{table.caption}: the rows add up to {self.tables[t0].rows[r0].label}, {year}",
                  self._fig(t0, r0, c0), [self._fig(t, r, c) for r in range(len(table.rows))])

    def _cell_unit(self, table: Table, col: int, cell: Cell) -> tuple[str, int, str]:
        """A cell's unit, scale and where they come from; a unit the cell writes itself
        ("£10.32" in a column headed "Monthly in US$") is the one its quote is read in, so it
        wins over any head or caption (kg check refuses a figure whose unit contradicts its
        quote)."""
        unit, scale, note = self._head_unit_of(table, col, cell)
        own = _written_unit(cell.text)
        if own is not None and own != unit:
            unit, note = own, f"the cell's own {cell.text!r}"
        elif own is None and unit == "unit:NUM":
            signed = _column_currency(table, col)
            row = self._row_of(table, cell)
            if signed is not None and not (row is not None and row.count):
                unit, note = signed, f"the currency its column's first cell writes " \
                                     f"({table.columns[col].header!r})"
        if unit == "unit:CCY_USD" and self.dollar:
            from kg.authoring.new import _US_DOLLAR, _unit_curie
            if not _US_DOLLAR.search(note):
                unit = _unit_curie(self.dollar) or unit
        if unit == "unit:CCY_CNY" and self.source and "¥" in cell.text + note:
            from kg.authoring.new import _unit_curie, local_yen
            yen = local_yen(" ".join(self.source.split()))
            if yen:
                unit = _unit_curie(yen) or unit
                note = f"{note}; '¥' is the yen: the text names the yen or Japan, never the yuan"
        return unit, scale, note

    def _head_unit_of(self, table: Table, col: int, cell: Cell) -> tuple[str, int, str]:
        """A cell's unit, scale and where they come from: a head that says percent or
        points first (the column's, then the row's), then a head's own brackets ("Diluted
        shares (millions)"), then the caption's; a head that counts people is never money."""
        column = table.columns[col]
        row = self._row_of(table, cell)
        head = column.header
        if cell.points:
            return "cg:PercentagePoint", 0, "the cell's own 'points'"
        if column.kind == "points" or (row is not None and row.kind == "points"
                                       and column.kind not in ("change", "growth", "share",
                                                               "percent")):
            return "cg:PercentagePoint", 0, f"column header {head!r}" if column.kind == \
                "points" else f"row label {row.label!r}"
        if column.kind in ("change", "growth", "share", "percent") or cell.percent or "%" in head:
            return "unit:PERCENT", 0, f"column header {head!r}"
        if row is not None and row.kind == "percent" and column.kind == "diff":
            # the difference of two rates is in points: "Attendance (%)" under "Difference"
            return "cg:PercentagePoint", 0, f"row label {row.label!r} and column header {head!r}"
        if row is not None and row.kind in ("change", "percent"):
            return "unit:PERCENT", 0, f"row label {row.label!r}"
        from kg.authoring.new import _unit_curie
        for own, name in ((row, "row label"), (column, "column header")):
            if own is not None and (own.scale is not None or own.unit is not None):
                label = own.label if isinstance(own, Row) else own.header
                unit = own.unit or (None if own.count or table.unit == "PERCENT" else table.unit)
                scale = own.scale
                if scale is None and table.scale and own.unit not in _NO_CAPTION_SCALE and \
                        table.unit in (None, own.unit):
                    # "Tonnes of freight" in a table "(thousands)": the head names the unit,
                    # the caption its scale
                    scale = table.scale
                return _unit_curie(unit) or "unit:NUM", scale or 0, f"{name} {label!r}"
        counted = (row is not None and row.count) or column.count
        if counted and table.unit is not None:
            label = row.label if row is not None and row.count else head
            return "unit:NUM", 0, f"{'row label' if label != head else 'column header'} {label!r}"
        note = f"the table's caption: {table.unit_words!r}" if table.unit_words else \
            f"the table's caption: {table.caption!r}"
        unit = _unit_curie(table.unit) or "unit:NUM"  # the vocabulary's unit, a count if none
        per_share = next((label for label in (row.label if row is not None else "", head)
                          if label and _PER_SHARE.search(label)), None)
        if table.scale > 0 and per_share:
            # "(in millions, except per-share data)": an amount per share is never in the
            # caption's millions, whether or not the caption says so
            return unit, 0, f"{note}, but not its scale: {per_share!r} is per share"
        return unit, table.scale, note

    def _anchorable(self, table: Table) -> bool:
        """A caption that gives the cells a scale and stands once, as written, in the text
        (not joined across a blank or ruled line, nor a section's borrowed caption)."""
        if not (table.scale and table.caption and self.source and table.caption_start >= 0):
            return False
        from kg.anchor import normalize, occurrences
        if self._normalized is None:
            self._normalized = normalize(self.source)
        text, quote = self._normalized, normalize(table.caption)
        return normalize(self.source[table.caption_start:table.start]).startswith(quote) \
            and len(occurrences(text, quote, 0, len(text))) == 1

    @staticmethod
    def _row_of(table: Table, cell: Cell) -> Row | None:
        return next((r for r in table.rows if any(c is cell for c in r.cells)), None)

    def _cell(self, table: Table, t: int, r: int, c: int, cell: Cell, claim: str,
              told: str = "") -> str:
        unit, scale, note = self._cell_unit(table, c - 1, cell)
        # the figure says what the quote's number reads; a cell's sign is its direction
        value = abs(cell.value).scaleb(scale)
        lines = [f"{self.figure_id(t, r, c)} a cg:Figure ; {READ} ;   # table {t}, "
                 f"{table.rows[r - 1].label or 'row ' + str(r)}, "
                 f"{table.columns[c - 1].header or 'column ' + str(c)}",
                 f"    cg:claim {claim} ;", f"    cg:quote {lit(cell.text)} ;",
                 *([told.rstrip("\n")] if told else []),
                 f"    qudt:numericValue {_decimal(value)} ;", f"    qudt:unit {unit} ;"]
        if scale:
            lines.append(f"    cg:scale {scale} ;")
            if t in self.captions and note.startswith("the table's caption"):
                lines.append(f"    cg:scaleStatedIn {self.captions[t]} ;")
        if _round_in_exact_column(table, c - 1, cell):
            # "26,000" under "18,240", "6,185", "1,395": a column is written to one
            # precision, so its round total is exact to the unit, not to the thousand
            lines.append(f"    cg:decimals {-scale} ;   # as exact as its column's other cells")
        # a percent sign the quote's number does not carry ("(2.8)%") needs the note too
        if unit not in ("unit:NUM",) and (scale or not cell.percent or
                                          not re.search(r"\d\s?%", cell.text)):
            lines.append(f"    skos:editorialNote {lit('unit and scale from ' + note)} ;")
        kind = table.columns[c - 1].kind
        if kind == "value" and table.rows[r - 1].kind in ("change", "points"):
            kind = table.rows[r - 1].kind
        measure = "cg:GrowthRate" if kind in ("change", "growth", "points") else \
            "cg:ShareOf" if kind == "share" else f":measure-t{t}"
        lines.append(f"    cg:measures {measure} ;")
        lines.append(f"    schema:about {self.entity(table.rows[r - 1].label)} .\n")
        return "\n".join(lines)

    def entity(self, label: str) -> str:
        """The entity a row is about, by its label: one per label in the document."""
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
        if not slug:
            return f"ent:{self.doc_id}-subject"
        iri = f"ent:{self.doc_id}-{slug}"
        if iri not in self.entities:
            self.entities[iri] = label
        return iri

    def preamble(self) -> str:
        """The measures the tables' captions name and the entities their rows name."""
        out = [f"{iri} a schema:Thing ; rdfs:label {lit(label)} ." for iri, label in
               self.entities.items()]
        out += [f":measure-t{t} a skos:Concept ; skos:prefLabel {lit(caption)} ."
                for t, caption in self.measures.items()]
        return "\n".join(out) + "\n" if out else ""

    def _relation(self, kind: str, claim: str, label: str, roles: str) -> None:
        self.n_relations += 1
        self.relations.append(
            f":r-t{self.n_relations} a cg:{kind} ; {READ} ;\n"
            f"    cg:claim {claim} ; cg:basis cg:Implied ;\n"
            f"    rdfs:label {lit(label)} ;\n"
            f"    skos:note \"a table's structure implies it\" ;\n"
            f"    {roles} .\n")

    def _sum(self, claim: str, label: str, total: str, parts: list[str]) -> None:
        """A SumRelation of a table's cells: ``total`` and ``parts`` are figure ids."""
        self._relation("SumRelation", claim, label,
                       f"cg:total {total} ; cg:part " + ", ".join(parts))

    def _relations(self, t: int, table: Table) -> None:
        self._changes(t, table)
        self._savings(t, table)
        self._difference_rows(t, table)
        self._change_rows(t, table)
        self._total_rows(t, table)
        self._broken_down_rows(t, table)
        self._total_columns(t, table)
        self._share_columns(t, table)
        self._share_rows(t, table)
        self._gaps(t, table)
        self._results(t, table)
        self._balances(t, table)
        self._priced(t, table)
        self._per_thing(t, table)
        self._priced_by_count(t, table)
        self._taxed(t, table)

    def _unit(self, table: Table, r: int, c: int) -> tuple[str, int] | None:
        """The unit and scale of the cell at row ``r``, column ``c`` (from 0); None if empty."""
        cell = table.rows[r].cells[c]
        return None if cell is None else self._cell_unit(table, c, cell)[:2]

    def _fig(self, t: int, r: int, c: int) -> str:
        return self.figure_id(t, r + 1, c + 1)

    def _changes(self, t: int, table: Table) -> None:
        """A change column compares two period columns before it, older to newer, in each
        row; where the rows are the periods, each row's value with the row before it."""
        cols = table.columns
        amounts = [i for i, col in enumerate(cols) if col.kind in ("value", "percent")]
        # "Cycle share 2014 | Cycle share 2024 | Change (pp)": points compare shares too
        rates = [i for i, col in enumerate(cols) if col.kind in ("value", "percent", "share")]
        periods = {i: column_period(cols[i].header) for i in rates}
        fiscal = {i: _fiscal_head(cols[i].header) for i in amounts if not periods[i]}
        row_periods = [column_period(row.label) for row in table.rows]
        for i, col in enumerate(cols):
            if col.kind not in ("change", "growth", "points", "diff") or col.unsure:
                continue
            levels = rates if col.kind == "points" else amounts
            before = [v for v in levels if v < i and periods.get(v)]
            pair = sorted(before[-2:], key=lambda v: periods[v]) if len(before) >= 2 else None
            last = [v for v in levels if v < i][-2:]
            if pair is None and col.kind != "growth" and len(last) == 2 and \
                    all(fiscal.get(v) for v in last) and fiscal[last[0]] != fiscal[last[1]]:
                # "H1 FY26 | H1 FY25 | Change": a company's own years, in either order
                pair = sorted(last, key=lambda v: fiscal[v])
            if pair and col.kind != "growth" and ON_YEAR_HEADER.search(col.header):
                # "Change on year": between periods a year apart, not the nearest two
                pair = year_apart(cols, col, before)
                if pair is None:
                    continue
            if not pair:  # "Before (kWh)" and "After (kWh)": two states in their order
                states = [v for v in levels if v < i]
                if len(states) >= 2 and _BEFORE.match(cols[states[-2]].header) and \
                        _AFTER.match(cols[states[-1]].header):
                    pair = states[-2:]
            series = None  # the column whose values the rows' periods follow
            if not pair:
                named = [v for v in levels if v < i and _names(col.header, cols[v].header)]
                plain = [v for v in levels if v < i]
                if col.kind == "points":  # points compare the one column of rates before
                    plain = [v for v, c in enumerate(cols) if v < i and
                             c.kind in ("percent", "share")]
                if len(named) == 1:
                    series = named[0]
                elif len(plain) == 1:
                    series = plain[0]
            kind = {"change": "PercentChangeRelation", "diff": "DifferenceRelation",
                    "points": "PercentagePointChangeRelation",
                    "growth": "CompoundGrowthRelation"}[col.kind]
            if col.kind == "growth" and not pair:
                continue  # a rate a year compounds between two periods the columns name
            # "Change on 2025/26", "% change vs 2023": the head names the period every row
            # is compared with, which no row above is; "Change on last year" where the rows
            # are no periods ("Main hall", "Studio"): each row's own year before, not the
            # row above
            fixed_base = column_period(col.header) is not None
            on_year = ON_YEAR_HEADER.search(col.header) is not None or \
                _LAST_YEAR_HEAD.search(col.header) is not None
            for r, row in enumerate(table.rows):
                cell = row.cells[i]
                row_kind = "PercentagePointChangeRelation" if cell is not None and \
                    cell.points else kind
                if cell is None or (row.kind != "value" and not (
                        row.kind == "percent" and (cell.points and col.kind == "change"
                                                   or col.kind == "points"))):
                    continue  # a rate's row compares only where its cell or column says points
                if pair:
                    (a, ra), (b, rb) = (pair[0], r), (pair[1], r)
                elif series is not None and r > 0 and not fixed_base and (
                        all(row_periods[k] for k in (r - 1, r)) or
                        not any(row_periods) and not on_year):
                    (a, ra), (b, rb) = (series, r - 1), (series, r)
                else:
                    continue
                self._change(t, table, row_kind, r, i, (ra, a), (rb, b))

    def _difference_rows(self, t: int, table: Table) -> None:
        """A row that names itself one row less another ("Difference, irrigated minus
        rain-fed", "Gap (urban - rural)"): in each column, its cell is the difference of the
        two rows' cells, the row named first the minuend (the larger, where the cell is
        negative, as its sign says); each side must name just one row by its words."""
        rows = table.rows
        for r, row in enumerate(rows):
            m = _DIFFERENCE_ROW.match(row.label or "")
            if m is None:
                continue
            first = _rows_named(rows, m.group("a"), exclude={r})
            if len(first) != 1:
                continue
            second = _rows_named(rows, m.group("b"), exclude={r, first[0]})
            if len(second) != 1:
                continue
            a, b = first[0], second[0]
            for c, cell in enumerate(row.cells):
                one, other = rows[a].cells[c], rows[b].cells[c]
                if cell is None or one is None or other is None:
                    continue
                unit = self._unit(table, r, c)
                if unit != self._unit(table, a, c) or unit != self._unit(table, b, c) or \
                        unit[0] in ("unit:PERCENT", "cg:PercentagePoint"):
                    continue
                big, small = (a, b) if cell.value >= 0 else (b, a)
                self._relation("DifferenceRelation", f":c-t{t}-r{r + 1}",
                               f"{row.label}: {table.columns[c].header}, {cell.text}",
                               f"cg:minuend {self._fig(t, big, c)} ; "
                               f"cg:subtrahend {self._fig(t, small, c)} ; "
                               f"cg:difference {self._fig(t, r, c)}")

    def _savings(self, t: int, table: Table) -> None:
        """A column of savings in percent ("You save", "Saving") right after two columns of
        prices: each row's saving is the fall from the first price to the second ("Pay
        monthly, per year | Pay annually | You save": $1,200, $960, 20%), a decrease the
        words name, whatever the cells' values."""
        cols = table.columns
        for i, col in enumerate(cols):
            if col.kind not in ("value", "percent", "gap") or \
                    not _SAVING_HEAD.match(col.header):
                continue
            prices = [v for v in range(i) if cols[v].kind == "value"]
            if len(prices) < 2 or prices[-1] != i - 1 or prices[-2] != i - 2 or \
                    len({_price_span(cols[v].header) for v in prices[-2:]}) != 1:
                continue  # ("Monthly | Annual | You save": a month's price and a year's,
                # no two prices of one thing the saving is between)
            a, b = prices[-2:]
            for r, row in enumerate(table.rows):
                cell, first, last = row.cells[i], row.cells[a], row.cells[b]
                if row.kind != "value" or None in (cell, first, last) or \
                        self._unit(table, r, i)[0] != "unit:PERCENT" or \
                        self._unit(table, r, a) != self._unit(table, r, b) or \
                        self._unit(table, r, a)[0] in ("unit:PERCENT", "cg:PercentagePoint") or \
                        first.value <= 0 or last.value < 0 or cell.value < 0:
                    continue
                kind = "PercentChangeRelation"
                self.changes[self._fig(t, r, i)] = (kind, self._fig(t, r, a), self._fig(t, r, b))
                self._relation(kind, f":c-t{t}-r{r + 1}",
                               f"{row.label or col.header}: {cols[a].header} to {cols[b].header}"
                               f", {col.header.strip()} {cell.text}",
                               f"cg:initial {self._fig(t, r, a)} ; cg:final {self._fig(t, r, b)} ; "
                               f"cg:change {self._fig(t, r, i)} ; cg:direction cg:Decrease")

    def _change(self, t: int, table: Table, kind: str, r: int, i: int, initial: tuple[int, int],
                final: tuple[int, int]) -> None:
        """One change: the cell at (r, i) between the cells ``initial`` and ``final``."""
        (ra, a), (rb, b) = initial, final
        first, last = table.rows[ra].cells[a], table.rows[rb].cells[b]
        cell = table.rows[r].cells[i]
        if first is None or last is None or cell is None:
            return
        ua, ub = self._unit(table, ra, a), self._unit(table, rb, b)
        if ua != ub:
            return
        if kind == "DifferenceRelation":
            # a change in the amounts' own unit: the larger less the smaller, its sign
            # saying which is which
            if self._unit(table, r, i) != ua or ua[0] in ("unit:PERCENT", "cg:PercentagePoint"):
                return
            big, small = (final, initial) if cell.value >= 0 else (initial, final)
            self._relation(kind, f":c-t{t}-r{r + 1}",
                           f"{table.rows[r].label or table.columns[i].header}: change, "
                           f"{cell.text}",
                           f"cg:minuend {self._fig(t, *big)} ; cg:subtrahend "
                           f"{self._fig(t, *small)} ; cg:difference {self._fig(t, r, i)}")
            return
        percent = ua[0] == "unit:PERCENT"
        if kind == "CompoundGrowthRelation":
            self._growth(t, table, r, i, initial, final)
            return
        if (kind == "PercentagePointChangeRelation") != percent:
            return  # points compare percentages; a percent change compares amounts
        if first.value < 0 or last.value < 0:
            return  # a change from or to a negative amount is not a percent change
        direction = "Decrease" if cell.value < 0 else "Increase"
        row, cols = table.rows[r], table.columns
        what = (f"{cols[a].header or table.rows[ra].label} to {cols[b].header or row.label}"
                if ra == rb else f"{table.rows[ra].label} to {table.rows[rb].label}")
        self.changes[self._fig(t, r, i)] = (kind, self._fig(t, ra, a), self._fig(t, rb, b))
        self._relation(kind, f":c-t{t}-r{r + 1}",
                       f"{row.label or cols[i].header}: {what}, {cell.text}",
                       f"cg:initial {self._fig(t, ra, a)} ; cg:final {self._fig(t, rb, b)} ; "
                       f"cg:change {self._fig(t, r, i)} ; cg:direction cg:{direction}")

    def _growth(self, t: int, table: Table, r: int, i: int, initial: tuple[int, int],
                final: tuple[int, int]) -> None:
        """An average rate a year ("Average annual growth (%)") between two year columns:
        compounded over as many years as lie between them."""
        (ra, a), (rb, b) = initial, final
        first, last = table.rows[ra].cells[a], table.rows[rb].cells[b]
        cols = table.columns
        years = [re.match(r"(?:19|20)\d\d", column_period(cols[k].header) or "") for k in (a, b)]
        if None in years or first.value <= 0 or last.value < 0 or \
                self._unit(table, ra, a)[0] in ("unit:PERCENT", "cg:PercentagePoint"):
            return
        periods = int(years[1].group(0)) - int(years[0].group(0))
        if periods < 1 or re.search(r"[QH][1-4]|-\d\d$", column_period(cols[b].header) or ""):
            return  # quarters or months: no whole years between them
        row = table.rows[r]
        self._relation("CompoundGrowthRelation", f":c-t{t}-r{r + 1}",
                       f"{row.label or cols[i].header}: {cols[a].header} to {cols[b].header}, "
                       f"{row.cells[i].text} a year",
                       f"cg:initial {self._fig(t, ra, a)} ; cg:final {self._fig(t, rb, b)} ; "
                       f"cg:growthRate {self._fig(t, r, i)} ; cg:periods {periods}")

    def _change_rows(self, t: int, table: Table) -> None:
        """Where the periods are columns, a change row ("Revenue growth (%)") compares each
        period's value of the row it names (or the row above it) with the period before."""
        cols = table.columns
        periods = sorted(((column_period(col.header), i) for i, col in enumerate(cols)
                          if col.kind == "value" and column_period(col.header)))
        for r, row in enumerate(table.rows):
            if row.kind not in ("change", "points") or len(periods) < 2:
                continue
            named = [k for k, other in enumerate(table.rows)
                     if other.kind == "value" and k != r and _names(row.label, other.label)]
            above = [k for k in range(r) if table.rows[k].kind == "value"]
            base = named[0] if len(named) == 1 else (above[-1] if above and not named else None)
            if base is None:
                continue
            kind = "PercentChangeRelation" if row.kind == "change" else \
                "PercentagePointChangeRelation"
            for (_, a), (_, b) in zip(periods, periods[1:]):
                self._change(t, table, kind, r, b, (base, a), (base, b))

    def _total_rows(self, t: int, table: Table) -> None:
        """A total row is the sum of the rows above it (since the last total), in each
        column of amounts; in a share column only where the total row holds the whole's
        share (100): a total row's percent or rate is never the sum of the ones above."""
        cols = table.columns
        first, subtotals = 0, []
        # a row set in under another is in the total once already, as part of that row
        set_in = {k for parts in breakdowns(table).values() for k in parts}
        for r, row in enumerate(table.rows):
            if not row.total:
                continue
            parts = [p for p in range(first, r) if table.rows[p].kind == "value" and
                     adds_up(table.rows[p].label) and p not in set_in]
            first = r + 1
            if is_subtotal(row):
                subtotals.append(r)
            else:  # a total after subtotals adds them up, and the rows since the last
                parts, subtotals = subtotals + parts, []
            if len(parts) < 2 or row.kind != "value":
                continue
            summed = [i for i, col in enumerate(cols) if self._summed(table, r, i, parts)]
            for total_row, its_parts in self._subtotalled(table, r, parts, summed):
                for i in summed:
                    if not self._summed(table, total_row, i, its_parts):
                        continue
                    col = cols[i]
                    self._sum(f":c-t{t}-r{total_row + 1}",
                              # (a list of amounts no head names: its caption)
                              f"{col.header or table.caption}: the rows add up to "
                              f"{table.rows[total_row].label}",
                              self._fig(t, total_row, i), [self._fig(t, p, i) for p in its_parts])

    def _broken_down_rows(self, t: int, table: Table) -> None:
        """A row with rows set in under it is their sum, in each column of amounts where
        the units allow (as a total row is of the rows above it)."""
        for r, parts in breakdowns(table).items():
            for i, col in enumerate(table.columns):
                if col.kind != "value" or not self._summed(table, r, i, parts):
                    continue
                self._sum(f":c-t{t}-r{r + 1}",
                          f"{col.header or table.caption}: the rows set in under "
                          f"{table.rows[r].label} add up to it",
                          self._fig(t, r, i), [self._fig(t, p, i) for p in parts])

    def _summed(self, table: Table, r: int, i: int, parts: list[int]) -> bool:
        """Whether row ``r``'s cell in column ``i`` is the total of the ``parts`` rows' by
        the column's kind and the cells' units (not by their values)."""
        col, total = table.columns[i], table.rows[r].cells[i]
        if total is None or col.kind not in ("value", "share", "gap", "diff") or total.noted:
            return False  # a total with a footnote ("85,000*: unique people") is qualified
        # a total row that leaves the mean's columns blank and fills this one says by its
        # layout that this one adds up, whatever the caption names ("Prices by type" over
        # average prices and a column of sales)
        sparse = any(c is None for c, k in zip(table.rows[r].cells, table.columns)
                     if k.kind == "value")
        if (table.mean and not sparse or names_a_mean(col.header)) and not col.count and \
                col.kind != "share":
            return False  # the whole's mean, price or median: no sum of the rows
        unit = self._unit(table, r, i)
        if col.kind == "share" and total.value != 100:
            return False
        if col.kind != "share" and unit[0] in ("unit:PERCENT", "cg:PercentagePoint"):
            return False
        if unit is not None and "-PER-" in unit[0] and not table.components:
            # a unit of one quantity per another ("t/ha", "km/h"): the total row's is the
            # whole's rate, a mean weighted by the rows, never their sum
            return False
        return not any(table.rows[p].cells[i] is None or table.rows[p].cells[i].value < 0 or
                       self._unit(table, p, i) != unit for p in parts)

    @staticmethod
    def _subtotalled(table: Table, r: int, parts: list[int], summed: list[int]
                     ) -> list[tuple[int, list[int]]]:
        """The sums a total row and the rows above it make: all the rows add up to it; or,
        where a row no word marks as a subtotal ("Recycled or composted" under "Dry
        recycling", "Garden waste", "Food waste") is the sum of the rows above it, that row
        adds them up and the total adds it up with the rows below it. The layout allows
        both readings and the words do not say which, so the rows' own figures break the
        tie: the subtotal's reading only where it holds in more of the sums it makes than
        the plain reading does, and in most of them (a slip in one cell never decides). A
        total that adds up the rows in none of two or more columns is read as no sum."""
        plain = [(r, parts)]
        if len(summed) < 2:
            return plain

        def holds(total: int, its_parts: list[int]) -> list[bool]:
            out = []
            for i in summed:
                cells = [table.rows[p].cells[i] for p in its_parts]
                whole = table.rows[total].cells[i]
                slack = sum(_half(c) for c in cells) + _half(whole)
                out.append(abs(sum(c.value for c in cells) - whole.value) <= slack)
            return out

        best, best_holds = plain, sum(holds(r, parts))
        if len(parts) < 4:
            # a total row that adds up the rows in none of its columns is no sum of them
            # (the whole's average under a caption that does not say so): one slip breaks
            # one column, never every one
            return plain if best_holds else []
        for k in range(2, len(parts)):
            reading = [(parts[k], parts[:k]), (r, [parts[k]] + parts[k + 1:])]
            if len(reading[1][1]) < 2:
                continue
            held = [h for total, its in reading for h in holds(total, its)]
            if sum(held) > best_holds and sum(held) * 2 > len(held):
                best, best_holds = reading, sum(held)
        return best if best_holds else []


    def _total_columns(self, t: int, table: Table) -> None:
        """A total column ("Total", "All", "Labour force") is the sum of the run of amount
        columns just before it (or, where it comes first, just after it), in each row."""
        cols = table.columns
        for i, col in enumerate(cols):
            if not col.total or col.kind != "value":
                continue

            def run(step: int) -> list[int]:
                out, k = [], i + step
                while 0 <= k < len(cols) and cols[k].kind == "value" and not cols[k].total:
                    if adds_up(cols[k].header):  # an average column stands aside
                        out.append(k)
                    k += step
                return out

            parts = run(-1)[::-1] if len(run(-1)) >= 2 else run(1)
            if len(parts) < 2:
                continue
            for r, row in enumerate(table.rows):
                if row.cells[i] is None or row.kind != "value" or row.cells[i].noted:
                    continue
                unit = self._unit(table, r, i)
                if unit[0] in ("unit:PERCENT", "cg:PercentagePoint") or any(
                        row.cells[p] is None or row.cells[p].value < 0 or
                        self._unit(table, r, p) != unit for p in parts):
                    continue
                self._sum(f":c-t{t}-r{r + 1}",
                          f"{row.label}: {' + '.join(cols[p].header for p in parts)} "
                          f"make {col.header}",
                          self._fig(t, r, i), [self._fig(t, r, p) for p in parts])

    def _share_columns(self, t: int, table: Table) -> None:
        """A percent column whose head names one column as a share of another ("% funded"
        beside "Required" and "Funded", "Unemployment rate" beside "Unemployed" and the
        labour force that adds it up) is that share in each row; a share column that names
        none is each row's share of the total row."""
        cols = table.columns
        totals = [r for r, row in enumerate(table.rows) if row.total]
        for i, col in enumerate(cols):
            # "Occupancy" over cells that write their % sign: a rate its head names by
            # no percent word (the cells' own unit is checked for each share)
            if col.kind not in ("share", "percent") and not (
                    col.kind == "value" and _FILLED.search(col.header)):
                continue
            pair = _portion_and_whole(col.header, [c.header for c in cols],
                                      [k for k, c in enumerate(cols) if c.kind == "value"],
                                      [k for k, c in enumerate(cols) if c.total],
                                      _parts_of_totals(cols))
            if pair:
                portion, whole = pair
                period = column_period(col.header)
                if period and not _same_period(period, table.period) and not (
                        column_period(cols[portion].header) == period ==
                        column_period(cols[whole].header)):
                    continue  # a rate of another period than the amounts beside it
                for r, row in enumerate(table.rows):
                    if row.kind == "value":
                        self._share(t, table, (r, i), (r, portion), (r, whole),
                                    f"{row.label}: {cols[portion].header} as a share of "
                                    f"{cols[whole].header}")
                continue
            if col.kind != "share" or not totals:
                continue
            values = [v for v, c in enumerate(cols) if c.kind == "value"]
            named = _period_named(col.header, cols, values)
            if not named:
                # "Region | Taxa | Accessions | Share of taxa (%)": the head names the column
                # the shares are of, whichever stands nearest
                worded = [v for v in values if _names(col.header, cols[v].header)]
                named = worded if len(worded) == 1 else []
            before = [v for v in values if v < i]
            filled = [v for v in before if any(row.cells[v] is not None for row in table.rows)]
            if not named and len(filled) > 1 and not cols[filled[-1]].total and any(
                    _PER_THING_HEAD.search(cols[v].header) for v in filled) and not any(
                    column_period(cols[v].header) for v in filled):
                # "Item | Per person | Group of 28 | Share of cost (%)": the same costs per
                # head and for the group share out alike, and the head names neither, so
                # the words leave the whole open (no year sets the nearer one apart)
                continue
            if not named:
                # "Head | BE 2025-26 | RE 2024-25 | Share (%)", "Item | 2024 | 2023 | Share":
                # a share column that names no period is of the latest period's amounts,
                # wherever that column stands, not of the last year's beside it
                named = _latest_period_column(cols, filled)
            base = named[-1] if named else (before or [None])[-1]
            if base is None:
                continue
            total = totals[-1]
            for r, row in enumerate(table.rows):
                if r != total and row.kind == "value":
                    self._share(t, table, (r, i), (r, base), (total, base),
                                f"{row.label}: {row.cells[i].text if row.cells[i] else ''}% "
                                f"of {table.rows[total].label}")

    def _share_rows(self, t: int, table: Table) -> None:
        """Where the measures are rows, a percent row ("EBIT margin (%)") is the share of
        the row it names in the row it is a share of (a margin's whole is revenue), in
        each column."""
        labels = [row.label for row in table.rows]
        values = [k for k, row in enumerate(table.rows) if row.kind == "value"]
        totals = [k for k, row in enumerate(table.rows) if row.total or
                  (row.kind == "value" and TOTAL_HEADER.match(row.label))]
        set_in = frozenset(k for parts in breakdowns(table).values() for k in parts)
        for r, row in enumerate(table.rows):
            if row.kind != "percent":
                continue
            pair = _portion_and_whole(row.label, labels, values, totals, {}, set_in)
            if not pair:
                continue
            portion, whole = pair
            for i, col in enumerate(table.columns):
                if col.kind == "value":
                    self._share(t, table, (r, i), (portion, i), (whole, i),
                                f"{col.header}: {labels[portion]} as a share of {labels[whole]}")

    def _share(self, t: int, table: Table, share: tuple[int, int], portion: tuple[int, int],
               whole: tuple[int, int], label: str) -> None:
        cells = [table.rows[r].cells[c] for r, c in (share, portion, whole)]
        if any(c is None or c.value < 0 for c in cells):
            return
        units = [self._unit(table, r, c) for r, c in (share, portion, whole)]
        if units[0][0] != "unit:PERCENT" or units[1] != units[2] or \
                units[1][0] in ("unit:PERCENT", "cg:PercentagePoint"):
            return
        self._relation("ShareRelation", f":c-t{t}-r{share[0] + 1}", label,
                       f"cg:portion {self._fig(t, *portion)} ; "
                       f"cg:whole {self._fig(t, *whole)} ; cg:share {self._fig(t, *share)}")

    def _priced(self, t: int, table: Table) -> None:
        """A price column beside a count and an amount taken ("Price | Backers | Pledged",
        "Fee | Places sold | Revenue"): in each row the amount is the count at the price, so
        the price is the amount's average over the count."""
        cols = table.columns
        prices = [i for i, c in enumerate(cols) if c.kind == "value" and _PRICE.search(c.header)]
        takings = [i for i, c in enumerate(cols) if c.kind == "value" and
                   _TAKEN.search(c.header) and not _PRICE.search(c.header)]
        if len(prices) != 1 or len(takings) != 1:
            return
        price, taken = prices[0], takings[0]
        for r, row in enumerate(table.rows):
            if row.total or row.kind != "value":
                continue
            units = {i: self._unit(table, r, i) for i in range(len(cols))}
            # (the unit, not the scale: "Price" in pounds beside "Revenue (£000)" is one
            # currency, each cell's value read at its column's scale)
            if units[price] is None or units[taken] is None or \
                    units[price][0] != units[taken][0] or \
                    units[price][0] in ("unit:NUM", "unit:PERCENT"):
                continue
            counts = [i for i in range(len(cols)) if i not in (price, taken) and
                      units[i] is not None and units[i][0] == "unit:NUM" and
                      cols[i].kind == "value" and not cols[i].total]
            if len(counts) != 1:
                continue
            self._relation("AverageRelation", f":c-t{t}-r{r + 1}",
                           f"{row.label}: {cols[taken].header} is {cols[counts[0]].header} at "
                           f"{cols[price].header}",
                           f"cg:aggregate {self._fig(t, r, taken)} ; "
                           f"cg:count {self._fig(t, r, counts[0])} ; "
                           f"cg:average {self._fig(t, r, price)}")

    def _per_thing(self, t: int, table: Table) -> None:
        """A column of an amount per thing ("kg per colony", "Revenue per member (£)") beside
        one column counting those things ("Colonies harvested") and one amount of its unit
        ("Honey (kg)"): in each row, the amount over the count is the average per thing."""
        cols = table.columns
        for i, col in enumerate(cols):
            per = _PER_THING.search(col.header)
            if col.kind != "value" or per is None:
                continue
            thing = singular(per.group(1))
            # "£ per ha" beside "Hectares restored": a unit the word names counts the
            # column read in it, whatever its head calls it (the average is per that unit)
            measured = _measured_unit(per.group(1))
            # a column of another amount per the thing ("Average days per FTE, 2022") counts
            # none of the things; only a head that names them without "per" does ("Staff (FTE)")
            counted = [k for k, c in enumerate(cols) if k != i and c.kind == "value" and
                       not _PER_THING.search(c.header) and (
                           thing in {singular(w) for w in re.findall(r"[a-z]+",
                                                                      c.header.lower())} or
                           measured is not None and all(
                               self._unit(table, r, k) is None or
                               self._unit(table, r, k)[0] == measured
                               for r in range(len(table.rows))))]
            for r, row in enumerate(table.rows):
                if row.kind != "value" or row.cells[i] is None:
                    continue
                unit = self._unit(table, r, i)
                counts = [k for k in counted if self._unit(table, r, k) is not None and
                          self._unit(table, r, k)[0] in ("unit:NUM", measured)]
                amounts = [k for k in range(len(cols)) if k != i and k not in counted and
                           cols[k].kind == "value" and self._unit(table, r, k) is not None and
                           self._unit(table, r, k)[0] == unit[0] and
                           not _PER_THING.search(cols[k].header)]
                if len(counts) != 1 or len(amounts) != 1 or unit[0] == "unit:PERCENT":
                    continue  # which count or amount the average is of, the heads leave open
                if not _of_their_period(table, i, (amounts[0], counts[0])):
                    continue  # another period's average than the amount's and the count's
                count_unit = self._unit(table, r, counts[0])[0]
                self._relation("AverageRelation", f":c-t{t}-r{r + 1}",
                               f"{row.label or col.header}: {cols[amounts[0]].header} over "
                               f"{cols[counts[0]].header}, {row.cells[i].text} {col.header}",
                               f"cg:aggregate {self._fig(t, r, amounts[0])} ; "
                               f"cg:count {self._fig(t, r, counts[0])} ; "
                               f"cg:average {self._fig(t, r, i)}" +
                               (f" ; cg:perUnit {count_unit}" if count_unit != "unit:NUM"
                                else ""))

    def _priced_by_count(self, t: int, table: Table) -> None:
        """A price list whose rows count what they price ("2 players | $49 | $98", "3 nights
        | £85 | £255") under one column of the price each ("Price per person") and one of
        the whole ("Total for your team"): in each row the total is the price each times
        the row's count, the label's number a figure of its own (a factor, no cell)."""
        cols = table.columns
        each = [i for i, c in enumerate(cols) if c.kind == "value" and
                _PER_THING_HEAD.search(c.header) and not _TOTAL_HEAD.search(c.header)]
        whole = [i for i, c in enumerate(cols) if c.kind == "value" and
                 _TOTAL_HEAD.search(c.header) and not _PER_THING_HEAD.search(c.header)]
        if len(each) != 1 or len(whole) != 1 or self.placing is None:
            return
        price, total = each[0], whole[0]
        for r, row in enumerate(table.rows):
            counted = _COUNTED_LABEL.fullmatch(row.label)
            if row.total or counted is None or row.cells[price] is None or \
                    row.cells[total] is None or not _prices_each(cols[price].header,
                                                                 counted.group(2)):
                continue
            unit = self._unit(table, r, price)
            if unit is None or unit != self._unit(table, r, total) or \
                    unit[0] in ("unit:NUM", "unit:PERCENT", "cg:PercentagePoint"):
                continue  # a count of money only: the price and the total in one currency
            quote = " ".join(counted.group(0).split())
            claim = f":c-t{t}-r{r + 1}"
            told, span = self.placing.claim(row.line)
            said, placed = self.placing.figure(claim, row.line, span, quote)
            if not placed:
                continue
            factor = f":f-t{t}-r{r + 1}-count"
            self._quoted_figure(factor, f"table {t}, the count its row prices", claim, quote,
                                said, counted.group(1), "unit:UNITLESS",
                                ["    cg:measures cg:Factor ;"], self.entity(row.label))
            self._relation("MultipleRelation", claim,
                           f"{row.label}: {cols[total].header} is {quote} at "
                           f"{cols[price].header}",
                           f"cg:multiple {self._fig(t, r, total)} ; "
                           f"cg:base {self._fig(t, r, price)} ; cg:factor {factor}")

    def _taxed(self, t: int, table: Table) -> None:
        """A column (or row) of a tax its head charges at a rate ("VAT at 20%", "GST (10%)")
        beside one of the amounts before tax ("Fee ex VAT", "Price excluding VAT"): each of
        its cells is that rate's share of the amount before tax in the same row (or column),
        the head's rate a figure of its own."""
        if self.placing is None:
            return
        cols, rows = table.columns, table.rows
        taxes = [i for i, c in enumerate(cols) if _TAX_AT.search(c.header)]
        nets = [i for i, c in enumerate(cols) if _BEFORE_TAX.search(c.header)]
        if len(taxes) == 1 and len(nets) == 1 and table.header_line:
            tax, net = taxes[0], nets[0]
            claim = f":c-t{t}-head"
            rate = self._rate_figure(t, claim, table.header_line, cols[tax].header, "head")
            pairs = [(r, (r, tax), (r, net)) for r in range(len(rows))
                     if not rows[r].total and rows[r].kind == "value"]
            if rate is not None:
                self._tax_shares(t, table, rate, pairs, f"{cols[tax].header} of "
                                                        f"{cols[net].header}")
            return
        taxes = [r for r, row in enumerate(rows) if _TAX_AT.search(row.label)]
        nets = [r for r, row in enumerate(rows) if _BEFORE_TAX.search(row.label)]
        if len(taxes) == 1 and len(nets) == 1:
            tax, net = taxes[0], nets[0]
            rate = self._rate_figure(t, f":c-t{t}-r{tax + 1}", rows[tax].line,
                                     rows[tax].label, f"r{tax + 1}-rate")
            # (a change column's cells are moves, no amounts a rate is charged on)
            pairs = [(tax, (tax, c), (net, c)) for c in range(len(cols))
                     if cols[c].kind == "value"]
            if rate is not None:
                self._tax_shares(t, table, rate, pairs, f"{rows[tax].label} of "
                                                        f"{rows[net].label}")

    def _rate_figure(self, t: int, claim: str, line: str, head: str, name: str) -> str | None:
        """The figure of the rate a head charges a tax at ("VAT at 20%": 20 percent), in the
        claim of its line (the header line's drafted here); None where it does not place."""
        assert self.placing is not None
        found = _TAX_AT.search(head)
        if found is None:
            return None
        quote = found.group("rate")
        told, span = self.placing.claim(line)
        if claim.endswith("-head"):
            if span is None:
                return None
            self.out.append(f"{claim} a cg:Claim ; {READ} ;\n    cg:quote {lit(line)} ;\n"
                            f"{told}    schema:about ent:{self.doc_id}-subject .\n")
        said, placed = self.placing.figure(claim, line, span, quote)
        if not placed:
            return None
        value = found.group("value").replace(",", ".")
        figure = f":f-t{t}-{name}"
        # (a tax's rate is set, not rounded: "20%" is no 15 to 25)
        self._quoted_figure(figure, f"table {t}, the rate its head charges", claim, quote, said,
                            value, "unit:PERCENT",
                            ["    cg:decimals 2 ;   # a rate a tax is charged at is exact",
                             "    cg:measures cg:ShareOf ;"], f"ent:{self.doc_id}-subject")
        return figure

    def _quoted_figure(self, figure: str, comment: str, claim: str, quote: str, said: str,
                       value: str, unit: str, more: list[str], about: str) -> None:
        """A figure a table's label or head states (a row's count, a head's tax rate), in the
        claim of its line."""
        self.out.append("\n".join([
            f"{figure} a cg:Figure ; {READ} ;   # {comment}",
            f"    cg:claim {claim} ;", f"    cg:quote {lit(quote)} ;",
            *([said.rstrip("\n")] if said else []),
            f"    qudt:numericValue {value} ;", f"    qudt:unit {unit} ;", *more,
            f"    schema:about {about} .\n"]))

    def _tax_shares(self, t: int, table: Table, rate: str,
                    pairs: list[tuple[int, tuple[int, int], tuple[int, int]]],
                    label: str) -> None:
        """Each tax cell as the rate's share of its amount before tax, both money of one
        currency."""
        for r, (tr, tc), (nr, nc) in pairs:
            tax, net = table.rows[tr].cells[tc], table.rows[nr].cells[nc]
            if tax is None or net is None or tax.value is None or net.value is None:
                continue
            unit = self._unit(table, tr, tc)
            if unit is None or unit != self._unit(table, nr, nc) or \
                    unit[0] in ("unit:PERCENT", "cg:PercentagePoint", "unit:UNITLESS"):
                continue  # amounts of one unit: money, or a price per kWh
            self._relation("ShareRelation", f":c-t{t}-r{r + 1}",
                           f"{table.rows[r].label or 'row ' + str(r + 1)}: {label}",
                           f"cg:portion {self._fig(t, tr, tc)} ; "
                           f"cg:whole {self._fig(t, nr, nc)} ; cg:share {rate}")

    def _gaps(self, t: int, table: Table) -> None:
        """A gap column ("Gap", "Shortfall", "Remaining") is what one amount column leaves of
        another: the requirement (or budget, target, or else the first) less the other."""
        cols = table.columns
        # a saving's percent ("Saving" over "16.7%") is a share of the price, no amount
        gaps = [i for i, col in enumerate(cols) if col.kind == "gap" and not (
            SAVING_HEADER.search(col.header) and all(
                row.cells[i] is None or row.cells[i].percent for row in table.rows))]
        if len(gaps) != 1 or _STOCK.search(cols[gaps[0]].header):
            return  # an opening and a closing balance are stocks, not what one leaves
        rated = [i for i, col in enumerate(cols) if col.kind == "gap" and i not in gaps and
                 SAVING_HEADER.search(col.header) and
                 any(row.cells[i] is not None for row in table.rows)]
        for i, col in enumerate(cols):
            if i not in gaps:
                continue
            amounts = [k for k in range(i) if cols[k].kind == "value" and not cols[k].total]
            if len(amounts) > 2 and SAVING_HEADER.search(col.header):
                # "You save per year" after prices a month and prices a year: the saving is
                # between the two its head's own words name ("Per year, billed monthly",
                # "Per year, billed annually")
                own = _head_words(col.header)
                amounts = [k for k in amounts if own and own <= _head_words(cols[k].header)]
            based = [k for k in amounts if _BASE.search(cols[k].header)]
            if ANOMALY_HEADER.search(col.header):
                # an anomaly is the amount less its normal: the normal is the one taken away
                normals = [k for k in amounts[-2:] if NORMAL_HEADER.search(cols[k].header)]
                if len(amounts) < 2 or len(normals) != 1:
                    continue
                amounts = amounts[-2:]
                based = [next(k for k in amounts if k != normals[0])]
            if SAVING_HEADER.search(col.header) and len(amounts) == 2 and \
                    len({_span(cols[k].header) for k in amounts}) > 1:
                continue  # "Paid monthly, per month" and "Paid yearly, per year": a saving
                # between a year's price and twelve of the month's, no difference of the two
            if len(amounts) == 2:
                minuend = based[0] if len(based) == 1 else amounts[0]
            elif len(based) == 1 and len(amounts) == 3:
                minuend = based[0]
                amounts = [k for k in amounts if k == minuend or _SPENT.search(cols[k].header)]
                if len(amounts) != 2:
                    continue
            else:
                continue
            subtrahend = next(k for k in amounts if k != minuend)
            for r, row in enumerate(table.rows):
                cells = [row.cells[k] for k in (minuend, subtrahend, i)]
                if row.kind != "value" or any(c is None or c.value < 0 for c in cells):
                    continue
                units = {self._unit(table, r, k) for k in (minuend, subtrahend, i)}
                if len(units) != 1 or next(iter(units))[0] in ("unit:PERCENT",
                                                               "cg:PercentagePoint"):
                    continue
                self._relation("DifferenceRelation", f":c-t{t}-r{r + 1}",
                               f"{row.label}: {cols[minuend].header} less "
                               f"{cols[subtrahend].header} leaves {col.header}",
                               f"cg:minuend {self._fig(t, r, minuend)} ; "
                               f"cg:subtrahend {self._fig(t, r, subtrahend)} ; "
                               f"cg:difference {self._fig(t, r, i)}")
                if len(rated) == 1 and SAVING_HEADER.search(col.header):
                    # "You save per year | Saving": the saving's percent is the saving as
                    # a share of the price it is saved from
                    self._share(t, table, (r, rated[0]), (r, i), (r, minuend),
                                f"{row.label}: {col.header} as a share of "
                                f"{cols[minuend].header}")

    def _balances(self, t: int, table: Table) -> None:
        """Where the rows are periods in order ("Year 1", "Year 2"; "2023", "2024"), a
        balance column ("Balance", "Cumulative") is the balance of the row before plus
        what the row adds ("Interest added", "Deposits"), from the second row on."""
        cols = table.columns
        balances = [i for i, c in enumerate(cols)
                    if _BALANCE.search(c.header) or _BALANCE_AFTER.search(c.header)]
        flows = [i for i, c in enumerate(cols) if c.kind == "value" and _FLOW.search(c.header)
                 and i not in balances]
        running = not flows  # a run of the amounts beside it, not a balance fed by flows
        if len(balances) == 1 and not flows:
            # "Cumulative TEU" beside "TEU handled": the running total of the column its
            # head names by what follows the balance's word
            named = _BALANCE_AFTER.sub("", _BALANCE.sub("", cols[balances[0]].header)).split()
            flows = [i for i, c in enumerate(cols) if c.kind == "value" and i not in balances
                     and named and all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", c.header,
                                                 re.I) for w in named)]
            others = [i for i, c in enumerate(cols) if c.kind == "value" and i not in balances]
            if not named and len(others) == 1:
                # "Missions | Cumulative": a bare running total names no column, and runs
                # over the one column of amounts beside it
                flows = others
        # a total row under the periods ("Year") is the whole, no period of the run; where
        # every row reads as one ("Jul–Sep 2025", "Oct–Dec 2025": spans of months, each a
        # quarter) the rows are the periods themselves
        rows = table.rows
        while len(rows) > 2 and rows[-1].total and not all(r.total for r in rows):
            rows = rows[:-1]
        if len(balances) != 1 or len(flows) != 1 or len(rows) < 2 or \
                not all(_PERIOD_LABEL.match(r.label) or column_period(r.label) for r in rows):
            return
        b, a = balances[0], flows[0]
        if running and re.search(r"\b(?:cumulative|running total|to date)\b",
                                 cols[b].header, re.I):
            self._running_ends(t, table, rows, b, a)
        for r in range(1, len(rows)):
            cells = [rows[r - 1].cells[b], rows[r].cells[a], rows[r].cells[b]]
            if any(c is None or c.value < 0 for c in cells) or \
                    len({self._unit(table, k, i) for k, i in ((r - 1, b), (r, a), (r, b))}) != 1:
                continue
            self._sum(f":c-t{t}-r{r + 1}",
                      f"{rows[r].label}: {rows[r - 1].label}'s {cols[b].header.lower()} "
                      f"plus {cols[a].header.lower()}",
                      self._fig(t, r, b), [self._fig(t, r - 1, b), self._fig(t, r, a)])

    def _running_ends(self, t: int, table: Table, rows: list[Row], b: int, a: int) -> None:
        """A running total over the table's periods ("Cumulative TEU" beside "TEU handled")
        states its first period's own amount again: it starts there ("Q1 | 612,400 |
        612,400"). A head that says the run started before the table ("Year to date",
        "since 2010") is left alone unless the first row opens a year ("January", "Q1",
        "Year 1"). (Its last period's cell is the whole run, a total row's amount, but for
        all the periods run through, not the last one it is dated by: not tied here.)"""
        head = table.columns[b].header
        if re.search(r"\b(?:to date|ytd|since|from)\b", head, re.I) and \
                not _OPENING_PERIOD.match(rows[0].label):
            return
        flow, balance = rows[0].cells[a], rows[0].cells[b]
        if flow is None or balance is None or self._unit(table, 0, a) != self._unit(table, 0, b):
            return
        self._relation("RestatementRelation", f":c-t{t}-r1",
                       f"{rows[0].label}: {head.lower()} is its "
                       f"{table.columns[a].header.lower()}, where the run starts",
                       f"cg:first {self._fig(t, 0, a)} ; cg:restatedAs {self._fig(t, 0, b)}")

    def _results(self, t: int, table: Table) -> None:
        """In a statement whose rows are amounts, a result row ("Gross profit", "Surplus")
        under a cost row ("Cost of sales", "Expenditure") under an income row ("Revenue",
        "Gross profit") is the income less the cost, in each column."""
        rows = table.rows
        for r in range(2, len(rows)):
            income, cost, result = rows[r - 2], rows[r - 1], rows[r]
            if not (_RESULT.search(result.label) and _costs(table, cost) and
                    (_INCOME.search(income.label) or _EARNINGS.search(income.label)) and
                    not _costs(table, income) and not _COST.search(result.label)) or \
                    any(row.kind != "value" for row in (income, cost, result)):
                continue
            for i, col in enumerate(table.columns):
                cells = [row.cells[i] for row in (income, cost, result)]
                # (a cost in brackets, "(97,410)", is written as what is taken off: its
                # figure is the amount, which the result is the income less)
                if col.kind != "value" or any(c is None or c.value is None for c in cells) or \
                        any(c.value < 0 for c in (cells[0], cells[2])) or \
                        cells[1].value < 0 and not _bracketed(cells[1]):
                    continue
                if len({self._unit(table, k, i) for k in (r - 2, r - 1, r)}) != 1:
                    continue
                self._relation("DifferenceRelation", f":c-t{t}-r{r + 1}",
                               f"{col.header}: {income.label} less {cost.label} is "
                               f"{result.label}",
                               f"cg:minuend {self._fig(t, r - 2, i)} ; "
                               f"cg:subtrahend {self._fig(t, r - 1, i)} ; "
                               f"cg:difference {self._fig(t, r, i)}")


#: two states a change column compares, the earlier first
#: a row that is one row less another: "Difference, irrigated minus rain-fed", "Gap (A - B)"
_DIFFERENCE_ROW = re.compile(r"^\s*(?:difference|gap|diff\.?)\s*[,:(]?\s*(?P<a>[^()]+?)\s+"
                             r"(?:minus|less|−|-|–)\s+(?P<b>[^()]+?)\s*\)?\s*$", re.I)


def _label_words(text: str) -> set[str]:
    """A label's words, lower case and without a plural's "s" ("Maize plots" -> {maize, plot})."""
    return {re.sub(r"(?<=[a-z]{3})s$", "", w) for w in re.findall(r"[a-z]+", text.lower())}


def _rows_named(rows, phrase: str, exclude: set[int]) -> list[int]:
    """The rows (by index) whose label has every word of ``phrase`` of three letters or more."""
    words = {w for w in _label_words(phrase) if len(w) >= 3} - {"the", "and"}
    if not words:
        return []
    return [k for k, row in enumerate(rows) if k not in exclude and row.kind == "value" and
            words <= _label_words(row.label or "")]


#: a column of what one saves by the second of two prices before it: "You save", "Saving (%)"
_SAVING_HEAD = re.compile(r"^\s*(?:you\s+)?(?:save|saving|savings)\b", re.I)
_BEFORE = re.compile(r"^\s*(?:before|pre\b|prior|initial|baseline|old|start)", re.I)
_AFTER = re.compile(r"^\s*(?:after|post\b|final|new|follow[- ]up|end)", re.I)

#: a running balance, what each period adds to it, and rows that are periods in order
_BALANCE = re.compile(r"^\s*(?:balance|cumulative|running total|total to date|"
                      r"balance at end)\b", re.I)
#: the same word closing a head, after the column it runs over: "Processed, cumulative",
#: "Visitors (cumulative)", "Spent to date"
_BALANCE_AFTER = re.compile(r"(?:\s*,\s*|\s*\(\s*|\s+)(?:cumulative|running total|to date)"
                            r"\s*\)?\s*$", re.I)
#: a period that opens a year or a run: "January", "Q1", "H1", "Year 1", "Week 1"
_OPENING_PERIOD = re.compile(r"^\s*(?:jan(?:uary)?\.?|[QH]1|(?:year|month|week|quarter|"
                             r"period|day)\s+1)\b", re.I)
_FLOW = re.compile(r"\b(?:added|deposits?|deposited|interest|paid in|contributions?|"
                   r"inflows?|additions?)\b", re.I)
_PERIOD_LABEL = re.compile(r"^\s*(?:(?:year|month|week|quarter|period|day)\s+\d+|[QH][1-4]|"
                           r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s*$",
                           re.I)

#: a statement's result, its costs and what they are taken from
#: (EBIT, EBITDA: earnings before interest and tax, the result after operating costs)
_RESULT = re.compile(r"\b(?:profit|income|result|surplus|margin|contribution|ebit(?:da)?)\b",
                     re.I)
_COST, _INCOME = COST_LABEL, INCOME_LABEL
#: a result before some costs, taken from as income is: "EBITDA" above "Depreciation"
_EARNINGS = re.compile(r"\bebit(?:da)?\b", re.I)
#: the lines of a statement that are costs whatever their label says of costs: tax on the
#: result, and the writing down of assets ("Income tax", "Taxation", "Depreciation and
#: amortisation")
_CHARGE = re.compile(r"^\s*(?:(?:income|corporation)\s+)?tax(?:ation|es)?(?:\s+charge)?\s*$|"
                     r"^\s*depreciation\b|^\s*amorti[sz]ation\b", re.I)


def _bracketed(cell) -> bool:
    """Whether a cell writes its amount in brackets, as a statement writes what it takes
    off: "(97,410)"."""
    return bool(re.fullmatch(r"\(\s*[^()]*\d[^()]*\)", cell.text.strip()))


def _costs(table: Table, row) -> bool:
    """Whether a statement's row is of costs: its label says so ("Cost of sales",
    "Taxation"), or it writes every amount in brackets ("Income tax | (1,396) | (1,184)")."""
    if _COST.search(row.label) or _CHARGE.search(row.label):
        return True
    values = [c for c, col in zip(row.cells, table.columns)
              if col.kind == "value" and c is not None and c.value is not None]
    return bool(values) and all(_bracketed(c) and c.value < 0 for c in values)

#: a head of the price of one of the things a row counts: "Price", "Unit price", "Fee each"
_PRICE = re.compile(r"^\s*(?:unit\s+|ticket\s+)?(?:price|fee)s?\b|\b(?:each|apiece)\b|"
                    r"\bper\s+(?:unit|item|ticket|person|head|seat|place)\b", re.I)
#: a head of an amount for each of the things another column counts: "kg per colony",
#: "Revenue per member (£)" (never "per cent", nor a span: "per year")
_PER_THING = re.compile(r"\bper\s+(?!cent\b|year\b|month\b|week\b|day\b|hour\b|annum\b|"
                        r"head\b|capita\b)([a-z]+)", re.I)


def _of_their_period(table: Table, i: int, of: tuple[int, ...]) -> bool:
    """Whether a per-thing column ``i`` is of the period of the amount and count columns
    ``of`` it would average: a column whose head names no period is; one whose head names
    one ("Average days per FTE, 2022") is only where theirs (their heads', else the
    caption's: "Sick leave by sector, 2023") is the same; where nothing gives theirs, only
    where no column of the same head stands for another period ("…, 2023" beside "…,
    2022": which is theirs, nothing says)."""
    cols = table.columns
    own = column_period(cols[i].header)
    if own is None:
        return True
    theirs = {column_period(cols[k].header) or table.period for k in of}
    if theirs != {None}:
        return own in theirs
    bare = _without_period(cols[i].header)
    return not any(k != i and c.kind == cols[i].kind and
                   column_period(c.header) not in (None, own) and
                   _without_period(c.header) == bare for k, c in enumerate(cols))


def _without_period(header: str) -> str:
    """A head with its years taken out: "Average days per FTE, 2022" -> "average days per fte"."""
    return re.sub(r"[\s,;:()–-]+", " ", re.sub(r"\b(?:FY\s*)?(?:19|20)\d\d(?:/\d\d)?\b|"
                                               r"\b[QH][1-4]\b", " ", header)).strip().lower()


def _measured_unit(word: str) -> str | None:
    """The unit (as the Turtle writes it) a word after "per" names where it is a measured
    one, no count of things nor a span of time: "ha" -> "unit:HA", "tonne" ->
    "unit:TONNE"; None else."""
    from kg.authoring.new import _unit_curie
    from kg.numbers import unit_named

    code = unit_named(word)
    if code is None or code in ("NUM", "UNITLESS", "PERCENT", "DAY", "WK", "MO", "YR", "HR",
                                "MIN", "WEEK", "MONTH", "YEAR", "HOUR", "MINUTE") or \
            code.startswith("CCY_"):
        return None
    return _unit_curie(code)


#: a head of the money a row's things brought in at that price
_TAKEN = re.compile(r"\b(?:pledged|raised|revenue|sales|takings|receipts|income|turnover|"
                    r"collected|total)\b", re.I)


#: the labels of a year's quarters and months, in order ("Q1", "January", "Jan")
_QUARTER_ROWS = tuple(rf"q{k}" for k in range(1, 5))
_MONTH_ROWS = tuple(rf"{m[:3]}(?:{m[3:]})?\.?" for m in (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"))


def _head_words(header: str) -> set[str]:
    """A head's words past any saving word ("You save per year" -> {"year"})."""
    rest = SAVING_HEADER.sub(" ", header)
    return {w.lower() for w in re.findall(r"[a-z]{3,}", rest, re.I)} - {"per", "the", "you"}


#: the span a price is for: "per month", "a year"
_SPAN_WORDS = re.compile(r"\b(?:per|a|an|each)\s+(day|week|month|quarter|year|annum)\b", re.I)


def _price_span(header: str) -> str | None:
    """The span a price column is for, by "per"/"a" ("Monthly plan, per year" -> "year") or
    else by its adjective ("Annual plan" -> "year", "Monthly" -> "month"); None where none."""
    own = _span(header)
    if own is not None:
        return own
    m = re.search(r"\b(annual(?:ly)?|yearly|monthly|weekly|daily|quarterly)\b", header, re.I)
    if m is None:
        return None
    word = m.group(1).lower()
    return {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter"}.get(
        word, "year")


def _span(header: str) -> str | None:
    """The span a head's amounts are for ("Paid yearly, per year" -> "year"), None where it
    names none."""
    m = _SPAN_WORDS.search(header)
    return m.group(1).lower().replace("annum", "year") if m else None


#: a balance carried from one period to the next
_STOCK = re.compile(r"\b(?:opening|closing|brought|carried|start|end)\b", re.I)
#: the amount a share, a rate or a gap is measured against
_BASE = re.compile(r"\b(?:requir\w*|request\w*|appeal|budget\w*|target\w*|planned|scheduled|allocat\w*|"
                   r"approved|total|needs?|eligible|"
                   # the people or things a rate is counted among: "Pupils in cohort",
                   # "Vehicles tested", "Respondents"
                   r"cohorts?|respondents|surveyed|tested|samples?|sampled|enrolled|applicants|"
                   # "Entrants | Grade 4+ | Grade 4+ (%)": those who sat what the rate counts
                   r"applications|entrants|entries)\b", re.I)
#: the amount that uses some of it up
_SPENT = re.compile(r"\b(?:funded|funding|received|spent|paid|disbursed|used|actual|committed|"
                    r"raised|covered|achieved|delivered)\b", re.I)
#: an airline's traffic and its capacity, of which the load factor is a share
_TRAFFIC = re.compile(r"\bRPKs?\b|revenue passenger[- ]k|\btraffic\b", re.I)
_CAPACITY = re.compile(r"\bASKs?\b|available seat[- ]k|\bcapacity\b", re.I)
#: a rate of how full something ran: "Occupancy", "Room occupancy", "Fill rate",
#: "Utilisation"
_FILLED = re.compile(r"\boccupancy\b|\butili[sz]ation\b|\bfill\s+rate\b|\bseat\s+factor\b",
                     re.I)
#: what was taken up of what was on offer, and what was on offer
_TAKEN_UP = re.compile(r"\b(?:sold|occupied|used|booked|filled|let|taken(?:\s+up)?)\b", re.I)
_ON_OFFER = re.compile(r"\b(?:available|offered|on\s+sale|capacity)\b", re.I)
#: a tax and the rate its head charges it at: "VAT at 20%", "GST (10%)", "Sales tax 8.25%"
_TAX_AT = re.compile(r"\b(?:VAT|GST|HST|IVA|MwSt|(?:sales\s+)?tax)\b\s*(?:at\s+|@\s*|\(\s*)?"
                     r"(?P<rate>(?P<value>\d{1,2}(?:[.,]\d{1,2})?)\s?%)", re.I)
#: an amount before tax: "Fee ex VAT", "Price excluding VAT", "Net of GST", "before tax"
_BEFORE_TAX = re.compile(r"\b(?:ex\.?|excl\.?|excluding|exclusive\s+of|before|net\s+of|"
                         r"pre-?)\s*(?:VAT|GST|HST|IVA|MwSt|tax)\b", re.I)
#: a column that adds up a row's things: "Total for your team", "Total cost"
_TOTAL_HEAD = re.compile(r"\btotal\b", re.I)
#: a row label that counts the things its row prices: "2 players", "4 nights", "10 sessions"
_COUNTED_LABEL = re.compile(r"\s*([1-9]\d{0,2})\s+([a-z]+)\s*")
#: spans of time a price may be "per": a row of "3 nights" is priced per night, but a row of
#: "3 bedrooms" priced "per week" totals the weeks, not the bedrooms
_SPANS = frozenset(("night", "day", "week", "month", "year", "hour", "minute", "term",
                    "semester", "season", "session", "lesson", "class"))


def _prices_each(head: str, noun: str) -> bool:
    """Whether a head of a price for each one ("Price per person", "Per night", "Each")
    prices the things a row's label counts ("2 players", "3 nights"): a span of time only
    the same span, anything else only what is no span."""
    per = re.search(r"\bper\s+([a-z]+)", head, re.I)
    thing, counted = (singular(per.group(1).lower()) if per else None), singular(noun.lower())
    if thing in _SPANS or counted in _SPANS:
        return thing == counted
    return True
#: a column of an amount for each one of a group: "Per person", "Per pupil", "Each"
_PER_THING_HEAD = re.compile(r"\bper\s+(?!cent\b)[a-z]+|\beach\b|\bper\s+head\b", re.I)
#: what a budget's utilisation counts: what was spent, and what was set aside for it
_SPENT = re.compile(r"\b(?:actual\w*|spent|spend|spending|expenditure|expended|outturn|"
                    r"disbursed|utili[sz]ed|released)\b", re.I)
_SET_ASIDE = re.compile(r"\b(?:budget\w*|allocat\w*|approved|sanctioned|planned|"
                        r"appropriat\w*|provision)\b", re.I)
#: a margin is a share of revenue
_REVENUE = re.compile(r"\b(?:revenues?|sales|turnover)\b", re.I)
#: words of a head that say what kind of number it is, not what it counts
_FUNCTION = {"of", "the", "as", "a", "an", "in", "on", "and", "to", "for", "by", "per", "cent",
             "percent", "percentage", "share", "rate", "rates", "ratio", "margin", "growth",
             "change", "total", "pp", "points", "y", "yoy", "q", "h", "fy", "which", "whom"}


def _same_period(a: str, b: str | None) -> bool:
    """A column's "2024" is the caption's "second quarter 2024", and the other way round."""
    return b is not None and (a == b or a.startswith(b + "-") or b.startswith(a + "-"))


def _words(head: str) -> list[str]:
    head = re.sub(r"\([^)]*\)", " ", head)  # "(GBP m)": the unit, not what it counts
    return [w for w in re.findall(r"[a-z]+", head.lower()) if w not in _FUNCTION and len(w) > 1]


def _same_stem(a: str, b: str) -> bool:
    """Two words of one stem: "unemployment" and "unemployed", "funded" and "funding"."""
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 5 and n >= min(len(a), len(b)) - 3


#: what a margin is a share of: "Operating margin" is operating profit over revenue
_PROFIT = {"profit", "profits", "income", "result", "earnings"}


def _names(head: str, other: str, margin: bool = False) -> bool:
    """Whether ``head`` names the column or row ``other`` ("Revenue growth", "Revenue";
    a margin names its profit: "Operating margin", "Operating profit")."""
    mine, theirs = _words(head), _words(other)
    if margin:
        theirs = [w for w in theirs if w not in _PROFIT]
    return bool(theirs) and all(any(_same_stem(w, m) for m in mine) for w in theirs)


def _parts_of_totals(cols) -> dict[int, list[int]]:
    """Each total column's parts: the run of amount columns just before it."""
    out = {}
    for i, col in enumerate(cols):
        if col.total and col.kind == "value":
            k, parts = i - 1, []
            while k >= 0 and cols[k].kind == "value" and not cols[k].total:
                parts.append(k)
                k -= 1
            out[i] = parts
    return out


def _portion_and_whole(head: str, heads: list[str], amounts: list[int], totals: list[int],
                       parts: dict[int, list[int]], set_in: frozenset[int] = frozenset()
                       ) -> tuple[int, int] | None:
    """The columns (or rows) a percent head names as portion and whole: "Funded as % of
    required", "% funded" beside "Required", "Unemployment rate" beside "Unemployed" and
    the labour force it is part of, "EBIT margin" beside "EBIT" and "Revenue"."""
    if re.search(r"\bload\s+factor", head, re.I):
        # "Passenger load factor (%)" beside "RPK (million)" and "ASK (million)": an
        # airline's traffic as a share of its capacity
        traffic = [k for k in amounts if _TRAFFIC.search(heads[k])]
        capacity = [k for k in amounts if _CAPACITY.search(heads[k])]
        return (traffic[0], capacity[0]) if len(traffic) == len(capacity) == 1 else None
    if _FILLED.search(head):
        # "Bed-nights available | Bed-nights sold | Occupancy", "Seats offered | Seats
        # sold | Fill rate": what was taken up as a share of what was on offer
        used = [k for k in amounts if _TAKEN_UP.search(heads[k]) and
                not _ON_OFFER.search(heads[k])]
        offered = [k for k in amounts if _ON_OFFER.search(heads[k]) and
                   not _TAKEN_UP.search(heads[k])]
        if len(used) == len(offered) == 1:
            return used[0], offered[0]
        if re.search(r"\butili[sz]ation\b", head, re.I):
            # "Budget | Actual | Utilisation (%)": a budget's utilisation is what was spent
            # as a share of what was set aside
            used = [k for k in amounts if _SPENT.search(heads[k]) and
                    not _SET_ASIDE.search(heads[k])]
            offered = [k for k in amounts if _SET_ASIDE.search(heads[k]) and
                       not _SPENT.search(heads[k])]
            if len(used) == len(offered) == 1:
                return used[0], offered[0]
        # else the head's own words say what it is of ("occupancy rate (per cent of
        # total beds)"), as any rate's do
    of = re.search(r"\bof\b", head)
    before, after = (head[:of.start()], head[of.end():]) if of else (head, "")
    margin = bool(re.search(r"\bmargin", head, re.I))
    portion = [k for k in amounts if _names(before, heads[k], margin) and heads[k].strip()]
    if not portion and _words(before):  # "Spent (%)" beside "Spent to date"
        portion = [k for k in amounts if _names(heads[k], before)]
    if not portion and _words(before) and len(amounts) >= 2:
        # "Trips scheduled | Trips on time | On-time rate": the noun every count column
        # counts sets none apart, so the rate names its count by the words that do
        shared = set.intersection(*(set(_words(heads[k])) for k in amounts))
        portion = [k for k in amounts if shared and set(_words(heads[k])) - shared and
                   _names(before, " ".join(w for w in _words(heads[k]) if w not in shared))]
    if not portion and not _words(before) and _words(after):
        return _qualified_whole(after, heads, amounts)
    if len(portion) != 1:
        return None
    p = portion[0]
    if _OF_WHICH.match(heads[p]):
        # "Completions | of which affordable | Affordable share (%)": an "of which" column
        # is part of the amount column it follows
        whole = [k for k in amounts if k < p and not _OF_WHICH.match(heads[k])][-1:]
        return (p, whole[0]) if whole else None
    whole = [k for k in amounts if k != p and after and _names(after, heads[k])]
    if not whole:
        whole = [k for k in totals if k != p and (k not in parts or p in parts[k])]
    if not whole and margin:
        whole = [k for k in amounts if k != p and _REVENUE.search(heads[k])]
        if len(whole) > 1:
            # "Revenue" over "  Service revenue", "  Equipment revenue": a margin is of the
            # whole revenue the others are set in under
            whole = [k for k in whole if k not in set_in]
    if not whole:
        whole = [k for k in amounts if k != p and _BASE.search(heads[k])]
        if len(whole) > 1:
            # "Applications | Offers | Offer rate | Enrolled": of the stages a rate could be
            # counted among, the one before its count column is the one it was drawn from
            drawn_from = [k for k in whole if k < p]
            whole = drawn_from if len(drawn_from) == 1 else whole
    if not whole and _THRESHOLD.match(heads[p]) and p - 1 in amounts and \
            not _THRESHOLD.match(heads[p - 1]):
        # "Waiting | Over 18 wks | % over 18 wks": a head that opens with a threshold names
        # those of the group the column before it counts who pass it
        whole = [p - 1]
    return (p, whole[0]) if len(whole) == 1 else None


#: a head that opens with a threshold: the members of a group past it ("Over 18 wks",
#: "Within 4 hours", "Aged 65 and over")
_THRESHOLD = re.compile(r"\s*(?:over|under|above|below|within|beyond|more\s+than|less\s+than|"
                        r"fewer\s+than|longer\s+than|at\s+least|aged)\b", re.I)


#: a column of a part of the column before it: "of which affordable", "of whom women"
_OF_WHICH = re.compile(r"\s*(?:of\s+)?(?:which|whom)\b", re.I)


def _qualified_whole(qualifier: str, heads: list[str], amounts: list[int]
                     ) -> tuple[int, int] | None:
    """"% of normal" beside "Rainfall" and "Normal rainfall": the whole is the one column
    whose head is another column's head with the qualifier's words added, the portion that
    other column."""
    extra = set(_words(qualifier))
    pairs = [(p, w) for w in amounts for p in amounts if p != w and
             set(_words(heads[w])) == set(_words(heads[p])) | extra and
             not extra & set(_words(heads[p])) and _words(heads[p])]
    return pairs[0] if len(pairs) == 1 else None


def _half(cell: Cell) -> Decimal:
    """Half a unit of the last digit a cell writes: the rounding it may hide."""
    digits = re.sub(r"[^\d.]", "", cell.text)
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    return Decimal(5).scaleb(-decimals - 1)


def _written_unit(quote: str) -> str | None:
    """The unit a cell's quote writes itself ("£10.32", "$12.96"), as the Turtle names it;
    None where it writes a bare number (its unit is the head's or the caption's)."""
    from kg.authoring.new import _unit_curie
    from kg.numbers import QuoteNumberError, parse_quantity
    try:
        code = parse_quantity(quote).unit
    except QuoteNumberError:
        return None
    return _unit_curie(code) if code else None


def _column_currency(table: Table, col: int) -> str | None:
    """The currency a column writes on its first cell and again on a later one (its total,
    the US way: "$4,210" … "2,640" … "$8,000"), where every sign it writes is that one:
    its bare cells between are in it too. None where the first cell is bare, or the signs
    differ."""
    cells = [r.cells[col] for r in table.rows if col < len(r.cells) and r.cells[col] is not None]
    if len(cells) < 3 or cells[0].percent:
        return None
    written = [u for u in (_written_unit(c.text) for c in cells) if u is not None]
    first = _written_unit(cells[0].text)
    if first is None or not first.startswith("unit:CCY_") or len(written) < 2 or \
            any(u != first for u in written):
        return None
    return first


def _round_in_exact_column(table: Table, col: int, cell: Cell) -> bool:
    """A whole number ending in zeros ("26,000") in a column of whole numbers most of whose
    cells end in another digit: the column counts to the unit."""
    if cell.percent or not re.fullmatch(r"[-+−–(]?[$€£¥]?\d[\d,]*0\)?", cell.text.strip()):
        return False
    others = [r.cells[col] for r in table.rows if r.cells[col] is not None
              and r.cells[col] is not cell]
    if len(others) < 2 or any(not re.fullmatch(r"[-+−–(]?[$€£¥]?\d[\d,]*\)?", o.text.strip())
                              for o in others):
        return False
    exact = [o for o in others if re.search(r"[1-9]\)?$", o.text.strip())]
    if exact and any(r.total and r.cells[col] is cell for r in table.rows):
        # "40,000" closing "4,115", "2,405", "8,960": a total is written to the unit its
        # rows are, and a row that counts to the unit says the column does
        return True
    return len(exact) * 2 > len(others)


#: a fiscal year written with two digits or four, alone or after its half or quarter: "FY26",
#: "H1 FY26", "Q3 FY2025"
#: (the measure's words may stand before it and its unit in brackets after: "Production H1
#: FY25 (t)")
_FISCAL_HEAD = re.compile(r"(?:^|(?<=\s))(?:([HQ])([1-4])\s*)?FY\s?'?((?:19|20)?\d\d)\s*"
                          r"(?:\([^()]{1,12}\)\s*)?$", re.I)


def _fiscal_head(header: str) -> tuple[int, str, int] | None:
    """Where a column head names a fiscal year of the company's ("H1 FY26", "FY2025"), its
    place in time: (year, "H"/"Q" or "", which part); column_period names no calendar
    period for it, as the year's end is the company's own."""
    m = _FISCAL_HEAD.search(header)
    if m is None:
        return None
    year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
    return year, (m.group(1) or "").upper(), int(m.group(2) or 0)


#: a period a head writes: a year ("2024") or a fiscal year, half or quarter in short
#: ("FY25", "H1 2024", "Q3")
_HEAD_PERIOD = re.compile(r"\b(?:FY|H[12]|Q[1-4])\s?'?\d{2,4}\b|\b(?:19|20)\d\d\b", re.I)


def _period_named(header: str, cols: list, values: list[int]) -> list[int]:
    """The value columns whose heads write the period a share column's head names ("Share
    of FY25 revenue (%)" beside "FY25" and "FY24" is of the "FY25" column, not the one
    nearest): the same words, as a whole, not a year inside another ("2024" in "2024-25"
    still names it, as the head's year did before)."""
    said = _HEAD_PERIOD.search(header)
    if not said:
        return []
    token = re.sub(r"\s|'", "", said.group(0)).lower()
    return [v for v in values
            if any(re.sub(r"\s|'", "", m.group(0)).lower() == token
                   for m in _HEAD_PERIOD.finditer(cols[v].header))
            or (token.isdigit() and token in cols[v].header)]


def _latest_period_column(cols: list, candidates: list[int]) -> list[int]:
    """Of value columns that each name a period of one form ("2024", "2023"; "BE 2025-26",
    "RE 2024-25"; "Q3 2024", "Q2 2024"), the one of the latest period, as a one-item list;
    [] where one names none, two name the same period or their forms differ (a year beside
    a quarter says nothing about which the shares are of)."""
    periods = [column_period(cols[v].header) for v in candidates]
    if len(candidates) < 2 or any(p is None for p in periods) or len(set(periods)) < len(periods):
        return []
    if len({re.sub(r"\d", "9", p) for p in periods}) != 1:
        return []
    return [candidates[periods.index(max(periods))]]
