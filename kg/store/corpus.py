"""Putting a built corpus into a store, and reading it back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph, URIRef

from kg.build import BuildResult
from kg.check.model import Report
from kg.namespaces import bind_prefixes
from kg.serialize import serialize
from kg.store import Store

if TYPE_CHECKING:
    from kg.check.pipeline import FolderRun


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


def fill_from_check(store: Store, run: FolderRun, graph: Callable[[str], bytes | None], *,
                    corpus: str,
                    progress: Callable[[int], Callable[[], None]] | None = None) -> int:
    """Fill ``store`` with what ``kg check`` built: each document's graph as the check kept
    it (``graph(doc_id)``, N-Quads; a document without one is built again), its findings
    from ``run``'s report, the ontology, and the record of what the store holds.  Returns
    how many documents were built again.  The store then holds what a streamed build
    loads (:func:`kg.stream.stream_build`), without building the corpus a second time.

    >>> run = check_folder("claims", cache_dir=Path(".claimgraph-cache"))  # doctest: +SKIP
    >>> fill_from_check(store, run, OutcomeCache(cache).graphs_of(run), corpus=digest)  # doctest: +SKIP
    0
    """
    from kg.check.graph import findings_by_document
    from kg.namespaces import ONTOLOGY_GRAPH
    from kg.store.state import StoreState, state_nquads
    from kg.stream import build_part, graph_text
    from kg.vocab import ontology_graph

    built = [(folder, o) for folder, o in run.outcomes if o.summary is not None
             and o.iri is not None]
    findings = findings_by_document(run.report)
    step = progress(len(built)) if progress else (lambda: None)
    again = 0

    def graphs() -> Iterator[tuple[str, bytes]]:
        nonlocal again
        yield ONTOLOGY_GRAPH, graph_text(ontology_graph(), ONTOLOGY_GRAPH, "nquads").encode()
        for folder, outcome in built:
            iri = str(outcome.iri)
            data = graph(outcome.doc_id)
            if data is None:
                again += 1
                part = build_part(folder, "nquads", with_quads=True)
                data = dict(part.quads).get(iri, "").encode("utf-8")
            yield iri, data
            name = f"{iri}/findings"
            yield name, graph_text(findings(outcome.doc_id, iri), name, "nquads").encode()
            step()

    names = {ONTOLOGY_GRAPH} | {g for _, o in built for g in (o.iri, f"{o.iri}/findings")}
    state = state_nquads(StoreState(corpus, True, len(built))).encode("utf-8")
    store.replace_graphs(graphs(), names, state)
    return again
