"""Nanopublications in TriG: one per claim, with its four graphs.

* head: the nanopublication and its three parts;
* assertion: the claim's own triples and those of the figures and dates it reports;
* provenance: the assertion was quoted from the document, at the quote's offsets
  (PROV-O and Web Annotation selectors);
* publication info: who published it, from which document and check.

Identifiers derive from the claim's IRI, so they are stable across runs.
"""

from __future__ import annotations

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from kg.build import BuiltDocument
from kg.export import Checked, ClaimVerdict
from kg.namespaces import CG, NP, OA, bind_prefixes
from kg.serialize import serialize

NP_BASE = "https://w3id.org/claimgraph/np/"


def nanopub_iri(v: ClaimVerdict) -> str:
    return f"{NP_BASE}{v.document.doc_id}/{str(v.claim).rsplit('/', 1)[-1]}"


def to_nanopubs(checked: Checked) -> Dataset:
    ds = Dataset(default_union=False)
    bind_prefixes(ds)
    for v in checked.verdicts():
        _nanopub(ds, v)
    return ds


def to_trig(checked: Checked) -> str:
    return serialize(to_nanopubs(checked), "trig")


def _nanopub(ds: Dataset, v: ClaimVerdict) -> None:
    base = nanopub_iri(v)
    np_node = URIRef(base)
    head, assertion, provenance, pubinfo = (URIRef(f"{base}#{p}") for p in
                                            ("Head", "assertion", "provenance", "pubinfo"))
    h = ds.graph(head)
    h.add((np_node, RDF.type, NP.Nanopublication))
    h.add((np_node, NP.hasAssertion, assertion))
    h.add((np_node, NP.hasProvenance, provenance))
    h.add((np_node, NP.hasPublicationInfo, pubinfo))
    a = ds.graph(assertion)
    for triple in _claim_triples(v.document, v.claim):
        a.add(triple)
    p = ds.graph(provenance)
    doc = v.document
    anchor_node = URIRef(f"{v.claim}/anchor")
    anchor = doc.anchors[v.claim]
    p.add((assertion, PROV.wasDerivedFrom, doc.iri))
    p.add((assertion, PROV.wasQuotedFrom, anchor_node))
    p.add((anchor_node, RDF.type, OA.SpecificResource))
    p.add((anchor_node, OA.hasSource, doc.iri))
    quote_sel, position_sel = URIRef(f"{anchor_node}/quote"), URIRef(f"{anchor_node}/position")
    p.add((anchor_node, OA.hasSelector, quote_sel))
    p.add((anchor_node, OA.hasSelector, position_sel))
    p.add((quote_sel, RDF.type, OA.TextQuoteSelector))
    p.add((quote_sel, OA.exact, Literal(anchor.exact)))
    p.add((position_sel, RDF.type, OA.TextPositionSelector))
    p.add((position_sel, OA.start, Literal(anchor.start, datatype=XSD.nonNegativeInteger)))
    p.add((position_sel, OA.end, Literal(anchor.end, datatype=XSD.nonNegativeInteger)))
    i = ds.graph(pubinfo)
    i.add((np_node, DCTERMS.creator, Literal("claimgraph")))
    i.add((np_node, DCTERMS.source, doc.iri))
    i.add((np_node, CG.verdict, Literal(v.rating)))


def _claim_triples(doc: BuiltDocument, claim: URIRef):
    """The claim's triples, and those of the figures and dates it reports (no anchors:
    where they stand in the text is provenance)."""
    g: Graph = doc.graph
    nodes = [claim] + sorted(g.subjects(CG.claim, claim), key=str)
    for node in nodes:
        for p, o in g.predicate_objects(node):
            if p in (CG.anchor, CG.section, CG.quote, CG.quotePrefix, CG.quoteSuffix):
                continue
            yield node, p, o
