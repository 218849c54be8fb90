"""A claims folder's claims, in the order the text has them, as :class:`Document`."""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF

from kg.anchor import occurrences
from kg.anchor import normalize
from kg.authoring.suggest.text import DATE, Document, TotalCells, sentence
from kg.corpus import DocumentSource
from kg.figures import decimal_value
from kg.namespaces import CG, QUDT
from kg.vocab import vocabulary


def document(source: DocumentSource, totals: TotalCells | None = None,
             restated: dict[str, str] | None = None) -> Document:
    """``totals``: the cells of tables' total rows and the words naming each; ``restated``:
    the cell each figure of the text restates (kg read's)."""
    g = source.graph
    codes = vocabulary().unit_codes
    text = normalize(source.text or "")
    claims = []
    for claim in set(g.subjects(RDF.type, CG.Claim)):
        quote = g.value(claim, CG.quote)
        if quote is None:
            continue
        said = normalize(str(quote))
        at = text.find(said)
        claims.append(((at if at >= 0 else len(text), _natural(str(claim))), claim, said))
    claims.sort(key=lambda c: c[0])
    sentences = []
    periods = {}
    for index, (_, claim, said) in enumerate(claims):
        figures = []
        for node in g.subjects(CG.claim, claim):
            kind = DATE if (node, RDF.type, CG.StatedDate) in g else ""
            if not kind and (node, RDF.type, CG.Figure) not in g:
                continue
            quote = g.value(node, CG.quote)
            if quote is None:
                continue
            written = normalize(str(quote))
            # where kg check places the quote: on its own, never inside a longer number
            # ("4" in "12 of 143 (8.4%) and 4 of 148" is not the "4" of "8.4%" or "143")
            hits = occurrences(said, written, 0, len(said)) if written else []
            at = hits[0] if hits else said.find(written)
            if at < 0:
                continue
            prefix = g.value(node, CG.quotePrefix)
            if prefix is not None and said.find(written, at + 1) >= 0:
                # "(45 treated, 45 untreated)": the prefix says which of the equal quotes
                hit = re.search(re.escape(normalize(str(prefix))) + r"\s*(?=" +
                                re.escape(written) + ")", said)
                at = hit.end() if hit else at
            unit = g.value(node, QUDT.unit)
            period = g.value(node, DCTERMS.temporal)
            if period is not None:
                # ent:period-2023-H1: the period's name is the IRI's tail
                periods[str(node).rsplit("/", 1)[-1]] = str(period).rsplit("period-", 1)[-1]
            figures.append((str(node).rsplit("/", 1)[-1], at, at + len(written),
                            codes.get(URIRef(unit)) if unit else None,
                            decimal_value(g.value(node, QUDT.numericValue)), written, kind))
        sentences.append(sentence(index, str(claim), said, figures))
    return Document(sentences, periods, dict(totals or {}), dict(restated or {}))


def _natural(name: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name))
