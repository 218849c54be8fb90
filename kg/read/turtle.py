"""What kg read read, as the Turtle of a claims folder: tables' rows as claims, cells as
figures under their caption's scale and unit, and the relations a table implies."""

from __future__ import annotations

import json
import re
from decimal import Decimal

from kg.read.tables import Cell, Table, column_period

READ = "cg:readBy :reading"


def lit(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _decimal(value: Decimal) -> str:
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
    return text


class TableWriter:
    """Turtle for the tables of one document, numbered after kg new's figures."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.out: list[str] = []
        self.relations: list[str] = []
        self.n_relations = 0
        self.entities: dict[str, str] = {}
        self.proposed: list[str] = []  # relations a person should look at before checking
        self.measures: dict[int, str] = {}

    def figure_id(self, t: int, r: int, c: int) -> str:
        return f":f-t{t}-r{r}-c{c}"

    def write(self, t: int, table: Table) -> None:
        self.measures[t] = table.caption or table.header_line.strip()
        for r, row in enumerate(table.rows, start=1):
            claim = f":c-t{t}-r{r}"
            self.out.append(f"{claim} a cg:Claim ; {READ} ;\n    cg:quote {lit(row.line)} ;\n"
                            f"    schema:about ent:{self.doc_id}-subject .\n")
            for c, cell in enumerate(row.cells, start=1):
                if cell is not None:
                    self.out.append(self._cell(table, t, r, c, cell, claim))
        self._relations(t, table)

    def _cell_unit(self, table: Table, col: int, cell: Cell) -> tuple[str, int, str]:
        kind = table.columns[col].kind
        head = table.columns[col].header
        if kind == "points":
            return "cg:PercentagePoint", 0, f"column header {head!r}"
        if kind in ("change", "share") or cell.percent or "%" in head:
            return "unit:PERCENT", 0, f"column header {head!r}"
        note = f"the table's caption: {table.unit_words!r}" if table.unit_words else \
            f"the table's caption: {table.caption!r}"
        from kg.authoring.new import _unit_curie
        unit = _unit_curie(table.unit) or "unit:NUM"  # the vocabulary's unit, a count if none
        return unit, table.scale, note

    def _cell(self, table: Table, t: int, r: int, c: int, cell: Cell, claim: str) -> str:
        unit, scale, note = self._cell_unit(table, c - 1, cell)
        # the figure says what the quote's number reads; a cell's sign is its direction
        value = abs(cell.value).scaleb(scale)
        lines = [f"{self.figure_id(t, r, c)} a cg:Figure ; {READ} ;   # table {t}, "
                 f"{table.rows[r - 1].label or 'row ' + str(r)}, "
                 f"{table.columns[c - 1].header or 'column ' + str(c)}",
                 f"    cg:claim {claim} ;", f"    cg:quote {lit(cell.text)} ;",
                 f"    qudt:numericValue {_decimal(value)} ;", f"    qudt:unit {unit} ;"]
        if scale:
            lines.append(f"    cg:scale {scale} ;")
        if unit not in ("unit:NUM",) and (scale or not cell.percent):
            lines.append(f"    skos:editorialNote {lit('unit and scale from ' + note)} ;")
        kind = table.columns[c - 1].kind
        measure = "cg:GrowthRate" if kind in ("change", "points") else \
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

    def _relations(self, t: int, table: Table) -> None:
        cols = table.columns
        values = [i for i, col in enumerate(cols) if col.kind == "value"]
        periods = {i: column_period(cols[i].header) for i in values}
        # a change column compares the two period columns before it, older to newer
        for i, col in enumerate(cols):
            if col.kind not in ("change", "points"):
                continue
            before = [v for v in values if v < i and periods.get(v)]
            pair = sorted(before[-2:], key=lambda v: periods[v]) if len(before) >= 2 else None
            kind = "PercentChangeRelation" if col.kind == "change" else \
                "PercentagePointChangeRelation"
            for r, row in enumerate(table.rows, start=1):
                cell = row.cells[i]
                if cell is None:
                    continue
                if pair:
                    a, b = pair
                    ra = rb = r
                elif len([v for v in values if v < i]) == 1 and r > 1:
                    a = b = [v for v in values if v < i][0]  # a series down the rows
                    ra, rb = r - 1, r
                else:
                    continue
                if table.rows[ra - 1].cells[a] is None or table.rows[rb - 1].cells[b] is None:
                    continue
                if col.kind == "points" and (
                        self._cell_unit(table, a, table.rows[ra - 1].cells[a])[0] != "unit:PERCENT"):
                    continue
                if table.rows[ra - 1].cells[a].value < 0 or table.rows[rb - 1].cells[b].value < 0:
                    continue  # a change from or to a negative amount is not a percent change
                direction = "Decrease" if cell.value < 0 else "Increase"
                self._relation(kind, f":c-t{t}-r{r}",
                               f"{row.label}: {cols[a].header or table.rows[ra - 1].label} to "
                               f"{cols[b].header or row.label}, {cell.text}",
                               f"cg:initial {self.figure_id(t, ra, a + 1)} ; "
                               f"cg:final {self.figure_id(t, rb, b + 1)} ; "
                               f"cg:change {self.figure_id(t, r, i + 1)} ; "
                               f"cg:direction cg:{direction}")
        # a total row is the sum of the rows above it (since the last total); in a share
        # column too, where the total row holds the whole's share ("100.0")
        first = 0
        for r, row in enumerate(table.rows):
            if not row.total:
                continue
            parts = range(first, r)
            first = r + 1
            if len(parts) < 2:
                continue
            for i in values + [c for c, col in enumerate(cols) if col.kind == "share"]:
                if row.cells[i] is None or any(table.rows[p].cells[i] is None or
                                               table.rows[p].cells[i].value < 0 for p in parts):
                    continue
                self._relation("SumRelation", f":c-t{t}-r{r + 1}",
                               f"{cols[i].header}: the rows add up to {row.label}",
                               f"cg:total {self.figure_id(t, r + 1, i + 1)} ; cg:part " +
                               ", ".join(self.figure_id(t, p + 1, i + 1) for p in parts))
        # a share column: each row's value over the total row's, in the column it names
        totals = [r for r, row in enumerate(table.rows) if row.total]
        for i, col in enumerate(cols):
            if col.kind != "share" or not totals:
                continue
            year = re.search(r"(?:19|20)\d\d", col.header)
            named = [v for v in values if year and year.group(0) in cols[v].header]
            base = named[-1] if named else ([v for v in values if v < i] or [None])[-1]
            if base is None:
                continue
            total = totals[-1]
            for r, row in enumerate(table.rows):
                if row.cells[i] is None or row.cells[base] is None or r == total or \
                        table.rows[total].cells[base] is None:
                    continue
                self._relation("ShareRelation", f":c-t{t}-r{r + 1}",
                               f"{row.label}: {row.cells[i].text}% of {table.rows[total].label}",
                               f"cg:portion {self.figure_id(t, r + 1, base + 1)} ; "
                               f"cg:whole {self.figure_id(t, total + 1, base + 1)} ; "
                               f"cg:share {self.figure_id(t, r + 1, i + 1)}")
