"""Entity links ``kg suggest`` proposes: the same thing named in two documents.

Agreement across documents compares figures about one entity, and which entities are one
is data the author gives (the same IRI, or ``schema:sameAs`` / ``owl:sameAs`` links),
never guessed by the checks.  This module only proposes links, for the author to accept:

* an entity of this document whose label (or ``skos:altLabel``) is, once normalised, a
  label of another document's entity with another IRI: link the two;
* such an entity that has no Wikidata ID while the other one has: adopt the ID, so that
  every document that uses it is linked at once.

Entities already one (same IRI, linked either way, or sharing an identifier) are left out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDFS, SKOS

from kg.anchor import normalize
from kg.corpus import discover, read_document
from kg.namespaces import ENT, SCHEMA

WIKIDATA = "http://www.wikidata.org/entity/"
_LINKS = (SCHEMA.sameAs, OWL.sameAs)


@dataclass(frozen=True)
class LinkSuggestion:
    """``subject schema:sameAs target``, and why."""

    subject: str
    target: str
    evidence: str

    def label(self) -> str:
        return f"{_short(self.subject)} = {_short(self.target)}"


def suggest_links(claims_dir: Path, doc_id: str) -> list[LinkSuggestion]:
    """Links between document ``doc_id``'s entities and the other documents'."""
    graphs = {folder.name: read_document(folder).graph for folder in discover(claims_dir)}
    graph = graphs.pop(doc_id)
    mine = _entities(graph)
    out: list[LinkSuggestion] = []
    seen: set[tuple[str, str]] = set()
    for other_id, other in sorted(graphs.items()):
        theirs = _entities(other)
        for entity, names in sorted(mine.items()):
            for candidate, their_names in sorted(theirs.items()):
                shared = names.keys() & their_names.keys()
                if candidate == entity or not shared or \
                        _linked(graph, other, URIRef(entity), URIRef(candidate)):
                    continue
                label = their_names[sorted(shared)[0]]
                their_ids = _ids(other, URIRef(candidate))
                if their_ids and not _ids(graph, URIRef(entity)):
                    target = sorted(their_ids)[0]
                    why = (f"{other_id} names {_short(candidate)} {label!r} too, and links it "
                           f"to Wikidata {target.rsplit('/', 1)[-1]}")
                else:
                    target = candidate
                    why = f"{other_id} names {_short(candidate)} {label!r} too"
                if (entity, target) not in seen:
                    seen.add((entity, target))
                    out.append(LinkSuggestion(entity, target, why))
    return out


def _entities(graph: Graph) -> dict[str, dict[str, str]]:
    """Entity IRI -> its names, normalised -> as written."""
    names: dict[str, dict[str, str]] = {}
    for prop in (RDFS.label, SKOS.altLabel):
        for s, label in sorted(graph.subject_objects(prop)):
            if isinstance(s, URIRef) and str(s).startswith(str(ENT)):
                key = _normal(str(label))
                if key:
                    names.setdefault(str(s), {}).setdefault(key, str(label))
    return names


def _ids(graph: Graph, node: URIRef) -> set[str]:
    return {str(o) for p in _LINKS for o in graph.objects(node, p)
            if str(o).startswith(WIKIDATA)}


def _linked(a: Graph, b: Graph, x: URIRef, y: URIRef) -> bool:
    def ids(node: URIRef) -> set[str]:
        return {str(o) for g in (a, b) for p in _LINKS for o in g.objects(node, p)}
    return str(y) in ids(x) or str(x) in ids(y) or bool(ids(x) & ids(y))


def _normal(label: str) -> str:
    """"The  Alibaba Group," -> "alibaba group": case, accents, punctuation and a leading
    article do not tell names apart."""
    text = unicodedata.normalize("NFKD", label)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"^(the|a|an)\s+", "", " ".join(text.split()))


def _short(iri: str) -> str:
    if iri.startswith(str(ENT)):
        return "ent:" + iri[len(str(ENT)):]
    if iri.startswith(WIKIDATA):
        return "wd:" + iri[len(WIKIDATA):]
    return f"<{iri}>"


def turtle(n: int, link: LinkSuggestion) -> str:
    """A suggestion as a commented-out triple: accepting it removes the comment mark."""
    return (f"# l-{n}: {normalize(link.evidence)}\n"
            f"#l-{n} <{link.subject}> schema:sameAs <{link.target}> .\n\n")
