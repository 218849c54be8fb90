"""A table whose heads and caption name no period is of the period the section heading it
stands under names, as the sentences of that section are: a budget's "Income £" table
under "3. Plans for 2028" is of 2028, not of the year the report reviews."""
from __future__ import annotations

from pathlib import Path

from rdflib.namespace import DCTERMS, RDF, RDFS

from kg.namespaces import CG
from kg.read import read

TEXT = """# Allotment society annual report 2027

The society let 212 plots in 2027 and raised £18,400 in rents.

## 3. Plans for 2028

The committee proposes the budget below.

| Income | £ |
|---|---:|
| Plot rents | 19,200 |
| Shop sales | 4,300 |
| Total | 23,500 |
"""


def test_the_cells_take_the_sections_period(tmp_path: Path) -> None:
    source = tmp_path / "allotments.md"
    source.write_text(TEXT, encoding="utf-8")
    made = read(source, tmp_path / "claims", doc_id="allotments")
    from kg.corpus import read_document
    graph = read_document(tmp_path / "claims" / "allotments").graph
    periods = {}
    for fig in graph.subjects(RDF.type, CG.Figure):
        quote = str(graph.value(fig, CG.quote))
        period = graph.value(fig, DCTERMS.temporal)
        label = graph.value(period, RDFS.label) if period is not None else None
        periods[quote] = str(label or period).rsplit("/", 1)[-1]
    assert periods["19,200"] == periods["4,300"] == periods["23,500"] == "2028"
    assert periods["£18,400"] == "2027"
    assert made is not None
