"""Putting a built corpus into a store, and reading it back."""

from __future__ import annotations

from dataclasses import replace

from rdflib import Dataset, Graph, URIRef

from kg.build import BuildResult
from kg.check.model import Report
from kg.namespaces import bind_prefixes
from kg.serialize import serialize
from kg.store import Store


def dataset_for(result: BuildResult, report: Report | None = None) -> Dataset:
    """Ontology, documents and (when given) each document's findings."""
    dataset = result.dataset()
    if report is not None:
        from kg.check.graph import add_findings
        add_findings(dataset, result, report)
    return dataset


def load(store: Store, result: BuildResult, report: Report | None = None, *,
         corpus: str = "") -> None:
    """Make ``store`` hold the built documents (and their findings, given ``report``),
    with the record of what it holds (:mod:`kg.store.state`; ``corpus`` is the claims'
    :func:`~kg.store.state.corpus_digest`)."""
    load_dataset(store, dataset_for(result, report), corpus=corpus,
                 findings=report is not None, documents=len(result.documents))


def load_dataset(store: Store, dataset: Dataset, *, corpus: str, findings: bool,
                 documents: int) -> None:
    from kg.store.state import StoreState, state_nquads
    nquads = serialize(dataset, "nquads")
    if corpus:
        nquads += state_nquads(StoreState(corpus, findings, documents))
    store.replace(nquads.encode("utf-8"))


def read_back(result: BuildResult, store: Store) -> BuildResult:
    """``result`` with each document's graph as the store holds it."""
    back = Dataset(default_union=False)
    back.parse(data=store.dump(), format="nquads")
    documents = []
    for doc in result.documents:
        graph = bind_prefixes(Graph(bind_namespaces="none"))
        graph += back.graph(URIRef(doc.iri))
        documents.append(replace(doc, graph=graph))
    return BuildResult(documents, list(result.problems), list(result.failed))
