"""pySHACL on one document, with and without parsing each SPARQL constraint once.

    python benchmarks/pyshacl_parse.py [CLAIMS_DIR] [--runs 3]

pySHACL gives rdflib a SPARQL constraint's text once for every focus node, and rdflib
parses it each time; kg.check.engine hands pySHACL a view of the data graph whose queries
are parsed once per text (``_ParsedOnce``). This times pySHACL's ``validate`` over every
shape in ontology/shapes/ on each document of CLAIMS_DIR (default: the bundled paper and a
generated document), alternating the two ways, and prints the median of each and their
ratio, and whether both give the same results (focus, shape, severity, message, value). Not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rdflib import RDF, Graph

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import build_corpus  # noqa: E402
from kg.check import engine  # noqa: E402
from kg.namespaces import SH  # noqa: E402
from kg.synth import write_corpus  # noqa: E402
from kg.vocab import shapes_graph, vocabulary_graph  # noqa: E402


def results(data: Graph, shapes: Graph) -> frozenset:
    """pySHACL's results, as (focus, shape, severity, message, value)."""
    from pyshacl import validate
    _, report, _ = validate(data, shacl_graph=shapes, inference="none", allow_infos=True,
                            allow_warnings=True, advanced=False, meta_shacl=False,
                            abort_on_first=False)
    return frozenset(tuple(report.value(r, p) for p in (SH.focusNode, SH.sourceShape,
                                                        SH.resultSeverity, SH.resultMessage,
                                                        SH.value))
                     for r in report.subjects(RDF.type, SH.ValidationResult))


def plain(data: Graph, shapes: Graph) -> frozenset:
    return results(data, shapes)


def parsed_once(data: Graph, shapes: Graph) -> frozenset:
    return results(engine._ParsedOnce(store=data.store, identifier=data.identifier), shapes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("claims", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.claims is None:
        args.claims = Path(tempfile.mkdtemp()) / "claims"
        write_corpus(args.claims, documents=1, seed=5)
        import shutil
        shutil.copytree(ROOT / "claims" / "china-us-ecommerce-2014",
                        args.claims / "china-us-ecommerce-2014")
    shapes = shapes_graph()
    for doc in build_corpus(args.claims).documents:
        data = Graph(bind_namespaces="none")
        data += vocabulary_graph()
        data += doc.graph
        times: dict[str, list[float]] = {"plain": [], "parsed once": []}
        seen = set()
        for _ in range(args.runs):
            for name, run in (("plain", plain), ("parsed once", parsed_once)):
                t = time.perf_counter()
                seen.add(run(data, shapes))
                times[name].append(time.perf_counter() - t)
        a, b = (statistics.median(times[k]) for k in ("plain", "parsed once"))
        print(f"{doc.doc_id}: {len(data)} triples; pySHACL median of {args.runs}: "
              f"{a:.2f} s plain, {b:.2f} s parsed once ({a / b:.1f}x); "
              f"the same results: {len(seen) == 1} ({len(next(iter(seen)))})", flush=True)


if __name__ == "__main__":
    main()
