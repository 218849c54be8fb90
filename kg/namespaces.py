"""The namespaces claimgraph writes and reads, bound to their usual prefixes."""

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

CG = Namespace("https://w3id.org/claimgraph/ns#")
ENT = Namespace("https://w3id.org/claimgraph/entity/")
DOC = Namespace("https://w3id.org/claimgraph/doc/")
OA = Namespace("http://www.w3.org/ns/oa#")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
WD = Namespace("http://www.wikidata.org/entity/")
NP = Namespace("http://www.nanopub.org/nschema#")

#: The named graph that holds the vocabulary and shapes in a built dataset.
ONTOLOGY_GRAPH = "https://w3id.org/claimgraph/ontology"

PREFIXES: dict[str, Namespace] = {
    "cg": CG, "ent": ENT, "doc": DOC, "oa": OA, "qudt": QUDT, "unit": UNIT,
    "schema": SCHEMA, "sh": SH, "wd": WD, "np": NP, "dcterms": Namespace(str(DCTERMS)),
    "owl": Namespace(str(OWL)), "prov": Namespace(str(PROV)), "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)), "skos": Namespace(str(SKOS)), "xsd": Namespace(str(XSD)),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes (and only those) so output is stable."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, for SPARQL text."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def expand_iri(text: str) -> str:
    """The IRI a prefixed name stands for (the reverse of :func:`compact_iri`):
    ``expand_iri("unit:PERCENT")`` is ``"http://qudt.org/vocab/unit/PERCENT"``."""
    prefix, colon, rest = text.partition(":")
    ns = PREFIXES.get(prefix)
    return f"{ns}{rest}" if colon and ns is not None and not rest.startswith("//") else text


def compact_iri(iri: str) -> str:
    """The prefixed name of an IRI in the project's namespaces, else the IRI itself."""
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if iri.startswith(str(ns)) and len(iri) > len(str(ns)):
            return f"{prefix}:{iri[len(str(ns)):]}"
    return iri
