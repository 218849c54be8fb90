"""The vocabulary: every term documented; claims use only terms it defines."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from kg.namespaces import CG
from kg.vocab import ontology_dir, ontology_graph, shapes_graph, vocabulary_graph
from tests.conftest import PAPER_DIR


def cg_terms_defined() -> set[URIRef]:
    g = vocabulary_graph()
    return {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(str(CG))}


def test_every_term_has_a_label_and_a_comment() -> None:
    g = vocabulary_graph()
    undocumented = [str(t) for t in cg_terms_defined()
                    if g.value(t, RDFS.label) is None or g.value(t, RDFS.comment) is None]
    assert undocumented == []


def test_claims_use_only_defined_cg_terms() -> None:
    defined = cg_terms_defined() | {s for s in shapes_graph().subjects()
                                     if isinstance(s, URIRef)}
    used: set[URIRef] = set()
    for path in PAPER_DIR.glob("*/*.ttl"):
        g = Graph().parse(path)
        for triple in g:
            used |= {t for t in triple if isinstance(t, URIRef) and str(t).startswith(str(CG))}
    assert used - defined == set()


def test_ontology_files_parse() -> None:
    assert sorted(p.name for p in ontology_dir().glob("*.ttl")) == ["qudt-units.ttl",
                                                                   "vocabulary.ttl"]
    assert len(ontology_graph()) > len(vocabulary_graph()) > 300


def test_one_shapes_file_per_kind_of_check() -> None:
    from kg.namespaces import CG
    kinds = {str(k) for k in shapes_graph().objects(None, CG.checkKind)}
    files = {p.stem for p in (ontology_dir() / "shapes").glob("*.ttl")}
    assert files == kinds | {"prefixes"}


def test_units_of_one_dimension_convert_by_qudt_multipliers_and_currencies_never() -> None:
    """Issue 14: QUDT's conversion multipliers, not a hand-written table; QUDT gives every
    currency the multiplier 1, and a count shares a dimension (not a kind) with percent."""
    from decimal import Decimal

    from kg.vocab import vocabulary
    v = vocabulary()
    assert v.factor("MILE", "KM") == Decimal("1.609344")
    assert v.factor("KILOTONNE", "TONNE") == 1000
    assert v.factor("PERCENT", "PERMILLE") == 10
    assert v.factor("GWH", "KWH") == 1000000
    assert v.factor("USD", "CNY") is None
    assert v.factor("NUM", "PERCENT") is None
    assert v.factor("KM", "TONNE") is None
