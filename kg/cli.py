"""The ``kg`` command line: a thin layer over the library.

Exit codes: 0 success; 1 the command's check found something (a coverage gap, or,
for ``kg check``, findings at or above the fail level); 2 bad input or usage,
with one line per problem naming the file and line.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg import __version__
from kg.cliopts import SECONDS
from kg.files import write_atomic
from kg.output import echo, format_option
from kg.problems import InputError, Problem, error_line

if TYPE_CHECKING:
    from kg.check.keys import KeptReport

EXIT_OK, EXIT_FOUND, EXIT_BAD_INPUT = 0, 1, 2


def claims_option(f: Any) -> Any:
    return click.option(
        "--claims", "claims_dir", type=click.Path(path_type=Path), default=None,
        help="Claims folder (one sub-folder per document). Default: ./claims if present, "
             "else the bundled paper.")(f)


def cache_dir_option(help: str) -> Callable[[Any], Any]:
    """--cache-dir, the same folder for kg check and kg app (which reads what check kept)."""
    from kg.folders import DEFAULT_CACHE_DIR
    return click.option("--cache-dir", type=click.Path(path_type=Path, file_okay=False),
                        default=DEFAULT_CACHE_DIR, show_default=True, envvar="KG_CACHE_DIR",
                        help=help)


def store_option(f: Any) -> Any:
    return click.option(
        "--store", "store_spec", default=None, metavar="STORE",
        help="memory (default), oxigraph:PATH (embedded, on disk) or sparql:URL (a SPARQL 1.1 "
             "server; Oxigraph layout, or QUERY_URL;update=URL;data=URL).")(f)


def report_options(f: Any) -> Any:
    """The options of a check report, the same wherever a report is written."""
    for option in reversed([
        click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "junit"]),
                     default="text", show_default=True,
                     help="text for people; json (the report contract), sarif (code "
                          "scanning) or junit (test reports) for CI."),
        click.option("--fail-on", type=click.Choice(["warning", "violation"]),
                     default="violation", show_default=True,
                     help="Lowest severity that makes the exit code 1."),
        click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
                     help="Write the report to a file instead of standard output."),
        click.option("--passes/--no-passes", default=True, show_default=True,
                     help="List consistent relations in the text report."),
    ]):
        f = option(f)
    return f


def resolve_claims(claims_dir: Path | None) -> Path:
    from kg.folders import bundled_claims_dir
    if claims_dir is not None:
        return claims_dir
    here = Path("claims")
    return here if here.is_dir() else bundled_claims_dir()


def report_problems(problems: list[Problem]) -> None:
    for p in sorted(problems):
        echo(error_line(p), err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """claimgraph: what documents claim, as a graph, and whether it holds together."""


@cli.command()
@click.argument("documents", nargs=-1)
@claims_option
@click.option("--format", "fmt", type=click.Choice(["trig", "nquads", "turtle", "ntriples"]),
              default="trig", show_default=True, help="RDF format of the built graph.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Where to write the graph ('-' for standard output). "
                   "Default: build/claimgraph.<ext>.")
@click.option("--findings/--no-findings", default=False, show_default=True,
              help="Run the checks and add each document's findings as the named graph "
                   "<document>/findings.")
@store_option
@click.option("--from", "from_file", type=click.Path(path_type=Path, exists=True,
                                                     dir_okay=False), default=None,
              help="Read an already built graph (TriG or N-Quads, e.g. from kg export) "
                   "instead of the claims folders.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Documents built in parallel (TriG, N-Quads). Default: one per CPU core.")
def build(documents: tuple[str, ...], claims_dir: Path | None, fmt: str,
          output: Path | None, findings: bool, store_spec: str | None,
          from_file: Path | None, jobs: int | None) -> None:
    """Anchor every quote, check figures against their quotes, and write the graph.

    The ontology and each document go into named graphs (TriG, N-Quads) or one
    merged graph (Turtle, N-Triples). The same input gives byte-identical output.
    """
    from kg.serialize import FORMATS

    if from_file is not None:
        _rebuild_from(from_file, fmt, output)
        return
    claims = resolve_claims(claims_dir)
    only = list(documents) or None
    target = output or Path("build") / f"claimgraph{FORMATS[fmt][2]}"
    to_stdout = str(target) == "-"
    if fmt in ("trig", "nquads"):
        built, problems, failed, notes = _build_streamed(claims, only, fmt, target, findings,
                                                         store_spec, jobs)
    else:
        built, problems, failed, notes = _build_merged(claims, only, fmt, target, findings,
                                                       store_spec)
    if store_spec:
        echo(f"loaded into {store_spec}", err=True)
    for lines in built:
        for line in lines:
            echo(line, err=True)
    if not to_stdout:
        echo(f"wrote {target} ({len(built)} documents)", err=True)
    for note in notes:
        echo(f"note: {note}", err=True)
    report_problems(problems)
    if failed:
        echo(f"{len(failed)} document(s) not built: {', '.join(failed)}", err=True)
        sys.exit(EXIT_BAD_INPUT)


def _build_streamed(claims: Path, only: list[str] | None, fmt: str, target: Path,
                    findings: bool, store_spec: str | None, jobs: int | None):
    """TriG and N-Quads: document by document, memory bounded by the largest (kg.stream)."""
    import io

    from kg.files import atomic_writer
    from kg.progress import progress_bar
    from kg.stream import stream_build

    per_document = None
    if findings:
        from kg.check.graph import findings_by_document
        from kg.check.pipeline import check_folder
        with progress_bar("checking", quiet=str(target) == "-") as bar:
            run = check_folder(claims, only, jobs=jobs, cache_dir=None, progress=bar)
        per_document = findings_by_document(run.report)
    load = None
    if store_spec:
        from kg.store import open_store
        from kg.store.state import StoreState, corpus_digest, state_nquads
        store = open_store(store_spec)
        digest = corpus_digest(claims, only)

        def load(graphs, names, documents):
            state = state_nquads(StoreState(digest, findings, documents)).encode()
            store.replace_graphs(graphs, names, state)
    with progress_bar("building", quiet=str(target) == "-") as bar:
        if str(target) == "-":
            done = stream_build(claims, only, fmt, sys.stdout, findings=per_document,
                                store=load, jobs=jobs, progress=bar)
        else:
            with atomic_writer(target) as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
                done = stream_build(claims, only, fmt, text, findings=per_document,
                                    store=load, jobs=jobs, spool_in=target.parent,
                                    progress=bar)
                text.flush()
                text.detach()
    return [p.summary for p in done.documents], done.problems, done.failed, done.notes


def _build_merged(claims: Path, only: list[str] | None, fmt: str, target: Path,
                  findings: bool, store_spec: str | None):
    """Turtle and N-Triples: one merged graph, so the whole corpus in memory."""
    from kg.build import build_corpus
    from kg.coverage import coverage, summarize
    from kg.namespaces import CG
    from kg.progress import progress_bar
    from kg.serialize import serialize

    with progress_bar("building", quiet=str(target) == "-") as bar:
        result = build_corpus(claims, only, progress=bar)
    dataset = result.dataset()
    if findings:
        from kg.check import check_corpus
        from kg.check.graph import add_findings
        add_findings(dataset, result, check_corpus(result))
    text = serialize(dataset, fmt)
    if store_spec:
        from kg.store import open_store
        from kg.store.corpus import load_dataset
        from kg.store.state import corpus_digest
        load_dataset(open_store(store_spec), dataset, findings=findings,
                     corpus=corpus_digest(claims, only), documents=len(result.documents))
    if str(target) == "-":
        sys.stdout.write(text)
    else:
        write_atomic(target, text)
    built = []
    for doc in result.documents:
        counts = ", ".join(f"{n} {k}" for k, n in sorted(doc.relation_counts().items()))
        built.append([f"{doc.doc_id}: {doc.count(CG.Claim)} claims, {doc.count(CG.Figure)} "
                      f"figures, {doc.count(CG.StatedDate)} dates, relations: "
                      f"{counts or 'none'}",
                      f"  coverage: {summarize(doc.doc_id, coverage(doc))}"])
    return built, result.problems, result.failed, result.notes


def _rebuild_from(path: Path, fmt: str, output: Path | None) -> None:
    """Read a built graph back and write it again (the export round trip)."""
    from rdflib import Dataset
    from rdflib.plugins.parsers.notation3 import BadSyntax

    from kg.problems import display_path
    from kg.serialize import FORMATS, serialize

    dataset = Dataset(default_union=False)
    source_format = "nquads" if path.suffix in (".nq", ".nquads") else "trig"
    try:
        dataset.parse(path, format=source_format)
    except (BadSyntax, ValueError) as exc:
        line = getattr(exc, "lines", 0) + 1 if isinstance(exc, BadSyntax) else 0
        raise InputError(Problem(display_path(path), line, f"cannot read the graph: {exc}")) \
            from None
    text = serialize(dataset, fmt)
    target = output or Path("build") / f"claimgraph{FORMATS[fmt][2]}"
    if str(target) == "-":
        sys.stdout.write(text)
        return
    write_atomic(target, text)
    graphs = sum(1 for g in dataset.graphs() if len(g))
    echo(f"wrote {target} ({graphs} graphs read from {display_path(path)})", err=True)


@cli.command("shacl")
@click.argument("shapes_files", nargs=-1, required=True, metavar="SHAPES...",
                type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--data", "data_files", multiple=True, metavar="FILE",
              type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="RDF to validate (Turtle, TriG, N-Triples, N-Quads, RDF/XML, JSON-LD; "
                   "repeatable). Default: the claims, built (ontology and every document).")
@claims_option
@click.option("--format", "fmt", type=click.Choice(["text", "turtle", "json"]),
              default="text", show_default=True,
              help="text; turtle: SHACL's validation report; json: one object per result.")
@click.option("--engine", type=click.Choice(["oxigraph", "pyshacl"]), default="oxigraph",
              show_default=True, envvar="KG_ENGINE",
              help="oxigraph: the shapes compiled to SPARQL (fast); pyshacl: the reference.")
@click.option("--timeout", type=SECONDS, default=None,
              help="Time limit of the validation in seconds [default: 10].")
@click.option("--max-memory", "memory_mb", type=click.IntRange(min=64), default=None,
              help="Memory the validation may use, in MB [default: 1024].")
def shacl_cmd(shapes_files: tuple[Path, ...], data_files: tuple[Path, ...],
              claims_dir: Path | None, fmt: str, engine: str, timeout: float | None,
              memory_mb: int | None) -> None:
    """Validate RDF with SHACL shapes of your own: house rules, a review team's constraints.

    Every SHACL Core component and SHACL-SPARQL constraint and component, as the W3C
    SHACL test suite tests them. The shapes' SPARQL is read-only and makes no requests
    (SERVICE is refused, as in kg query); the validation runs without a network, within
    --timeout and --max-memory. Exit codes: 0 conforms (warnings and infos allowed),
    1 a violation, 2 unreadable files, shapes SHACL or the query guard refuses, or a
    validation stopped at a limit.

    \b
    kg shacl house-rules.ttl                     # over the claims, built
    kg shacl house-rules.ttl --data graph.trig --format turtle
    """
    import json as json_

    from rdflib import Graph, URIRef

    from kg.check.shacl import read_rdf, report_graph, report_turtle, run

    data = Graph()
    if data_files:
        for path in data_files:
            read_rdf(path, data)
    else:
        from kg.build import build_corpus
        result = build_corpus(resolve_claims(claims_dir))
        report_problems(result.problems)
        data = result.merged()
    notes: list[str] = []
    results, shapes = run(list(shapes_files), data, engine, timeout=timeout,
                          memory_mb=memory_mb, notes=notes)
    for note in notes:
        echo(f"note: {note}", err=True)
    from kg.check.shacl import ignored_term_warnings
    for line in ignored_term_warnings(list(shapes_files), shapes):
        echo(line, err=True)
    if fmt == "turtle":
        click.echo(report_turtle(report_graph(results, shapes, data)), nl=False)
    elif fmt == "json":
        rows = [{"focus": str(r.focus), "severity": r.severity,
                 "path": str(r.path) if r.path is not None else None,
                 "component": str(r.component) if r.component is not None else None,
                 "shape": str(r.shape) if r.shape is not None else None,
                 "value": str(r.value) if r.value is not None else None,
                 "message": r.message} for r in results]
        click.echo(json_.dumps(rows, indent=2, ensure_ascii=False))
    else:
        from kg.namespaces import compact_iri
        for r in results:
            path = f" {compact_iri(str(r.path))}" if isinstance(r.path, URIRef) else ""
            value = f" (value {r.value})" if r.value is not None else ""
            echo(f"{r.severity}: {compact_iri(str(r.focus))}{path}: {r.message}{value}")
        counts = {s: sum(r.severity == s for r in results) for s in ("violation", "warning",
                                                                       "info")}
        verdict = "does not conform" if counts["violation"] else "conforms"
        echo(f"{verdict}: {counts['violation']} violation(s), {counts['warning']} "
                   f"warning(s), {counts['info']} info", err=True)
    if any(r.severity == "violation" for r in results):
        sys.exit(1)


@cli.command("export")
@click.argument("documents", nargs=-1)
@claims_option
@click.option("--format", "fmt", type=click.Choice(["claimreview", "nanopub", "csv", "excel",
                                                    "trig"]),
              required=True, help="claimreview: schema.org ClaimReview (JSON-LD); nanopub: "
                                  "nanopublications (TriG); csv / excel: one row per figure; "
                                  "trig: the whole graph with findings (kg build --from reads "
                                  "it back).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write to a file instead of standard output.")
def export(documents: tuple[str, ...], claims_dir: Path | None, fmt: str,
           output: Path | None) -> None:
    """Publish the checked claims: ClaimReview, nanopublications, figure tables, TriG."""
    from kg.build import build_corpus
    from kg.check import check_corpus
    from kg.export import Checked

    result = build_corpus(resolve_claims(claims_dir), list(documents) or None)
    checked = Checked(result, check_corpus(result))
    if fmt == "claimreview":
        from kg.export.claimreview import to_claimreview
        text = to_claimreview(checked)
    elif fmt == "nanopub":
        from kg.export.nanopub import to_trig
        text = to_trig(checked)
    elif fmt in ("csv", "excel"):
        from kg.export.tables import to_csv
        text = to_csv(checked, excel=fmt == "excel")
    else:
        from kg.serialize import serialize
        from kg.store.corpus import dataset_for
        text = serialize(dataset_for(result, checked.report), "trig")
    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text)
    report_problems(result.problems)
    sys.exit(EXIT_BAD_INPUT if result.problems else EXIT_OK)


@cli.command("new")
@click.argument("doc_id", metavar="DOC-ID")
@click.option("--source", type=click.Path(path_type=Path), required=True,
              help="The document's text (UTF-8), copied byte for byte.")
@click.option("--title", default=None)
@click.option("--author", "authors", multiple=True, help="Repeatable.")
@click.option("--date", default=None, help="Publication date, YYYY-MM-DD.")
@click.option("--claims", "claims_dir", type=click.Path(path_type=Path), default=Path("claims"),
              show_default=True, help="Claims folder to create the document in.")
def new(doc_id: str, source: Path, title: str | None, authors: tuple[str, ...],
        date: str | None, claims_dir: Path) -> None:
    """Start encoding a document: its text, metadata and one draft per number in it.

    Every number becomes a draft figure (value, unit, precision and hedge read from
    the text) in a draft claim for its sentence; dates become draft dates and bare
    years draft waivers. Review each draft, then confirm it (kg confirm).
    """
    from kg.authoring.new import new_document

    made = new_document(claims_dir, doc_id, source, title=title, authors=authors, date=date)
    echo(f"created {made.folder}: {made.claims} draft claims, {made.figures} figures, "
               f"{made.dates} dates, {made.waivers} waivers", err=True)
    echo(f"next: review {made.folder / 'claims.ttl'}, then kg suggest {doc_id}"
               + ("" if claims_dir == Path("claims") else f" --claims {claims_dir}"), err=True)


@cli.command("read")
@click.argument("source", type=click.Path(path_type=Path), metavar="FILE")
@click.option("--id", "doc_id", default=None, metavar="DOC-ID",
              help="The document's id (default: from the file name).")
@click.option("--title", default=None, help="Default: the page's or PDF's own title.")
@click.option("--date", default=None, help="Publication date, YYYY-MM-DD (default: the "
              "page's own date, where it has one).")
@click.option("--claims", "claims_dir", type=click.Path(path_type=Path), default=Path("claims"),
              show_default=True, help="Claims folder to write the document into.")
def read_cmd(source: Path, doc_id: str | None, title: str | None, date: str | None,
             claims_dir: Path) -> None:
    """Read a document (.txt, .md, .html, .pdf) into a claims folder kg check checks at once.

    The text a reader sees (a web page's article, a PDF's text and tables) becomes
    source.txt, the original is kept beside it with its checksum, and every figure,
    date and relation read is marked `cg:readBy :reading` until confirmed (kg confirm).
    """
    from kg.problems import display_path
    from kg.read import read

    made = read(source, claims_dir, doc_id=doc_id, title=title, date=date)
    click.echo(f"read {display_path(source)} ({made.format}) into {made.folder}: "
               f"{made.claims} claims, {made.figures} figures, {made.dates} dates, "
               f"{made.relations} relations", err=True)
    click.echo("next: kg check" + ("" if claims_dir == Path("claims") else
                                   f" --claims {claims_dir}"), err=True)


@cli.command("suggest")
@click.argument("doc_id", metavar="DOC-ID")
@claims_option
@click.option("--accept", "accepted", multiple=True, metavar="ID",
              help="Accept a suggestion (repeatable): it joins the graph and is checked.")
def suggest_cmd(doc_id: str, claims_dir: Path | None, accepted: tuple[str, ...]) -> None:
    """Suggest relations a careful reader would check, from the words around figures.

    Suggestions go to suggestions.ttl as relations typed cg:Suggestion: left out of
    the graph, never checked, until accepted (--accept ID) or deleted.
    """
    from kg.authoring.suggest import accept, suggest, suggest_links, write_suggestions

    root = claims_dir or Path("claims")
    if accepted:
        accept(root, doc_id, list(accepted))
        echo(f"accepted {', '.join(accepted)}", err=True)
        return
    found = suggest(root, doc_id)
    links = suggest_links(root, doc_id)
    path = write_suggestions(root, doc_id, found, links)
    for s in found:
        echo(f"{s.kind:<30} {s.label}   (evidence: {s.evidence!r})")
    for link in links:
        echo(f"{'entity link':<30} {link.label()}   ({link.evidence})")
    echo(f"{len(found) + len(links)} suggestion(s) in {path}", err=True)


@cli.command("confirm")
@click.argument("doc_id", metavar="DOC-ID")
@click.argument("ids", nargs=-1)
@claims_option
@click.option("--all", "every", is_flag=True, help="Confirm every draft of the document.")
def confirm_cmd(doc_id: str, ids: tuple[str, ...], claims_dir: Path | None, every: bool) -> None:
    """Confirm reviewed drafts (removes their `cg:draft true ;`)."""
    from kg.authoring.confirm import confirm

    if not ids and not every:
        raise InputError(Problem("confirm", 0, "name the drafts to confirm, or --all"))
    from kg.authoring.confirm import unfinished
    root = claims_dir or Path("claims")
    done = confirm(root, doc_id, list(ids), every)
    echo(f"confirmed {len(done)} draft(s)", err=True)
    left = unfinished(root, doc_id)
    if left:
        echo(f"left {len(left)} draft(s) with a placeholder to replace first: "
                   f"{', '.join(left)} (a date whose year the text does not give)", err=True)


@cli.command("reanchor")
@click.argument("documents", nargs=-1)
@claims_option
def reanchor_cmd(documents: tuple[str, ...], claims_dir: Path | None) -> None:
    """Record where every quote stands (anchors.lock.json) and, after the source text was
    edited, its new checksum in document.ttl.

    The only command that writes these: kg build and kg check find quotes again after
    an edit, in memory, and say so. Run it after encoding a document, and after each
    edit of its source, so that a quote the edit made ambiguous stays where it was.
    """
    from kg.authoring.reanchor import reanchor

    result, done = reanchor(resolve_claims(claims_dir), list(documents) or None)
    for line in done:
        echo(line, err=True)
    if not done and result.documents:
        echo("nothing to record: every anchor and checksum is current", err=True)
    report_problems(result.problems)
    if result.failed:
        sys.exit(EXIT_BAD_INPUT)


@cli.command("app")
@claims_option
@click.option("--port", default=8501, show_default=True, type=int)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests whose Host is NAME (e.g. a reverse proxy's name); "
                   "others than the address and port it listens on get 421.")
@cache_dir_option("kg check's cache: the app reads the results kept there and keeps its "
                  "own (a corpus kg check has seen opens without checking it again), and "
                  "its SPARQL store.")
def app_cmd(claims_dir: Path | None, port: int, host: str, allow_hosts: tuple[str, ...],
            cache_dir: Path) -> None:
    """Open the browsing app (Streamlit) on the claims."""
    import os
    import subprocess

    import kg.app
    from kg.app.hosts import ALLOW_HOSTS

    # absolute, not resolved: kg check's cached results are keyed by the claims folder as
    # the user names it (a symlink kept as written), and the app reads them
    env = {**os.environ, "CLAIMGRAPH_CLAIMS": str(resolve_claims(claims_dir).absolute()),
           "KG_CACHE_DIR": str(cache_dir.resolve()), ALLOW_HOSTS: ",".join(allow_hosts)}
    # kg/app/server.py is an st.App: the pages behind a Host check (kg.app.hosts)
    command = [sys.executable, "-m", "streamlit", "run",
               str(Path(kg.app.__file__).with_name("server.py")),
               "--server.port", str(port), "--server.address", host,
               "--browser.gatherUsageStats", "false", "--client.showErrorDetails", "none"]
    from kg.processes import die_with_parent
    # Streamlit dies with kg app, however kg app ends (a SIGTERM, a kill)
    child = subprocess.Popen(command, env=env, preexec_fn=die_with_parent)
    try:
        sys.exit(child.wait())
    except KeyboardInterrupt:
        child.terminate()
        sys.exit(child.wait())


@cli.command("coverage")
@click.argument("documents", nargs=-1)
@claims_option
@click.option("--missing", "only_missing", is_flag=True, help="List only unencoded mentions.")
@format_option()
def coverage_cmd(documents: tuple[str, ...], claims_dir: Path | None, only_missing: bool,
                 fmt: str) -> None:
    """List every numeric mention in the sources and the figure or waiver that covers it.

    Exits 1 when a mention is neither encoded nor waived.
    """
    from kg.build import build_corpus
    from kg.coverage import coverage, summarize
    from kg.output import render_rows

    result = build_corpus(resolve_claims(claims_dir), list(documents) or None)
    rows: list[dict[str, Any]] = []
    missing = 0
    for doc in result.documents:
        doc_rows = coverage(doc)
        summary = summarize(doc.doc_id, doc_rows)
        missing += summary.missing
        if fmt == "table":
            echo(str(summary), err=True)
        rows.extend(r.as_dict() for r in doc_rows if not only_missing or r.status == "missing")
    columns = ["document", "line", "mention", "status", "by", "reason", "start", "end"]
    if fmt == "table":  # a person reads ids (f-3); json and csv keep the IRIs
        from rdflib import URIRef

        from kg.check.shapes import short
        rows = [{**r, "by": short(URIRef(r["by"])) if str(r.get("by") or "").startswith("http")
                 else r.get("by")} for r in rows]
    click.echo(render_rows(rows, columns, fmt, title="numeric mentions"), nl=False)
    report_problems(result.problems)
    if result.failed:
        sys.exit(EXIT_BAD_INPUT)
    if missing:
        sys.exit(EXIT_FOUND)


@cli.command()
@click.argument("documents", nargs=-1)
@claims_option
@report_options
@click.option("--assume", "assumptions", multiple=True, metavar="FIGURE=VALUE",
              help='What-if: check as if FIGURE had VALUE (repeatable), e.g. '
                   '--assume f-bf-malls="9.1 billion"; the report says which findings clear.')
@store_option
@click.option("--engine", type=click.Choice(["oxigraph", "pyshacl"]), default="oxigraph",
              show_default=True, envvar="KG_ENGINE",
              help="oxigraph: the shapes compiled to whole-graph SPARQL on pyoxigraph (fast); "
                   "pyshacl: the reference SHACL validator. Same findings either way.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Documents checked in parallel. Default: one per CPU core.")
@cache_dir_option("Where per-document results are kept between runs; only documents whose "
                  "files (or the shapes, or claimgraph) changed are checked again.")
@click.option("--cache/--no-cache", "use_cache", default=True, show_default=True,
              help="Reuse and keep per-document results.")
@click.option("--shard", "shard_spec", default=None, metavar="K/N",
              help="Check only shard K of N (a fixed slice of the documents) and write a "
                   "shard report (--format json) for kg report merge: a CI matrix of N jobs.")
@click.option("--executor", default="local", show_default=True, envvar="KG_EXECUTOR",
              metavar="local|dask:ADDRESS",
              help="Where documents are checked: local processes (-j), or the workers of a "
                   "Dask cluster (pip install 'claimgraph[dask]'; the workers must see the "
                   "claims folder at the same path).")
def check(documents: tuple[str, ...], claims_dir: Path | None, fmt: str, fail_on: str,
          output: Path | None, passes: bool, assumptions: tuple[str, ...],
          store_spec: str | None, engine: str, jobs: int | None, cache_dir: Path,
          use_cache: bool, shard_spec: str | None, executor: str) -> None:
    """Check every claim: structure, arithmetic, calendar and provenance.

    Runs the SHACL shapes in ontology/shapes/ over each document's graph and
    reports every checked relation, passes included. Results are kept per
    document in --cache-dir; a re-run checks only what changed. Exit codes: 0
    nothing at or above --fail-on, 1 something is, 2 bad input or usage.
    """
    import gc

    shard = None
    if shard_spec is not None:
        from kg.check.shard import Shard
        shard = Shard.parse(shard_spec)
        clash = "--store" if store_spec else "--assume" if assumptions else \
            None if fmt == "json" else f"--format {fmt}"
        if clash:
            raise InputError(Problem("--shard", 0, f"a shard cannot be checked with {clash}",
                                     "write each shard's report with --format json, then "
                                     "kg report merge them into any format"))
    from kg.check.executors import check_executor
    check_executor(executor)  # a malformed address is one line before anything is read
    if executor != "local" and (store_spec or assumptions):
        raise InputError(Problem("--executor", 0, "--store and --assume check on this machine",
                                 "leave out --executor, or --store and --assume"))
    quiet = fmt != "text"  # progress_bar itself stays off when stderr is no terminal
    collecting = gc.isenabled()
    extra = None
    kept_reports = None
    if store_spec or assumptions:
        from kg.build import build_corpus
        from kg.check import check_corpus
        from kg.report import sources
        result = build_corpus(resolve_claims(claims_dir), list(documents) or None)
        if store_spec:
            from kg.store import open_store
            from kg.store.corpus import load, read_back
            from kg.store.state import corpus_digest
            store = open_store(store_spec)
            corpus = corpus_digest(resolve_claims(claims_dir), list(documents) or None)
            load(store, result, corpus=corpus)
            result = read_back(result, store)  # the checks run on what the store holds
        report = check_corpus(result, engine=engine)
        if store_spec:
            # and the store keeps the findings for kg query
            load(store, result, report, corpus=corpus)
        if assumptions:
            report = _what_if(result, report, assumptions, engine)
        srcs, problems, notes = sources(result), result.problems, result.notes
    else:
        from kg.check.keys import KeptReports, Rendered, plan_run
        from kg.progress import progress_bar
        claims = resolve_claims(claims_dir)
        only = list(documents) or None
        plan = plan_run(claims, only, engine=engine,
                        cache_dir=cache_dir if use_cache else None, shard=shard)
        # a report written to a terminal fits its width: it is not kept
        to_terminal = fmt == "text" and output is None and sys.stdout.isatty()
        kept_reports = KeptReports(cache_dir) if plan.key and not to_terminal \
            and shard is None else None
        options = f"{fmt}\0{fail_on}\0{passes}"
        kept = kept_reports.open(plan.key, options) if kept_reports else None
        if kept is not None:  # nothing changed since this report was written
            if plan.digests is not None:
                plan.digests.save(prune=only is None)
            write_report(kept, output, kept.notes, kept.problems)
            sys.exit(kept.exit_code)
        # No cycle collection from here to the printed report: kept outcomes and the report
        # make no reference cycles, and each document's own are collected as it is checked
        # (check_one). At 10,000 documents the collector took 4 of a warm run's 9 s.
        from kg.check.pipeline import check_folder
        gc.disable()
        try:
            if plan.key and shard is None and not to_terminal:
                # joined from each document's kept part: only what changed is read (a
                # report for a terminal fits its width, so it is rendered whole)
                from kg.check.pipeline import check_joined
                with progress_bar("checking", quiet=quiet) as bar:
                    joined = check_joined(plan, cache_dir, fail_on, engine=engine, jobs=jobs,
                                          progress=bar, executor=executor,
                                          prune=only is None, fmt=fmt, passes=passes)
                if joined is not None:
                    write_report(joined.data, output, joined.notes, joined.problems)
                    if kept_reports is not None:
                        kept_reports.put(plan.key, options, Rendered(
                            joined.data, joined.exit_code, joined.notes, joined.problems))
                    sys.exit(joined.exit_code)  # the collector is turned back on below
            with progress_bar("checking", quiet=quiet) as bar:
                run = check_folder(claims, only, engine=engine, jobs=jobs,
                                   cache_dir=cache_dir if use_cache else None, progress=bar,
                                   shard=shard, executor=executor, plan=plan,
                                   summaries=False)  # the report is what it reads
        except BaseException:
            if collecting:
                gc.enable()
            raise
        report, srcs, problems, notes = run.report, run.sources, run.problems, run.notes
        if shard is not None:
            from kg.report.merge import shard_member
            extra = {"shard": shard_member(run, shard, engine, claims)}
    try:
        data = emit_report(report, srcs, fmt=fmt, output=output, fail_on=fail_on,
                           passes=passes, notes=notes, problems=problems, extra=extra)
        if kept_reports is not None:
            kept_reports.put(plan.key, options, Rendered(data, report.exit_code(fail_on),
                                                         notes, problems))
    finally:
        if collecting:
            gc.enable()
    sys.exit(report.exit_code(fail_on))


def _check_process() -> None:
    """This process is one ``kg check``: no cycle collection but the one between the
    documents of a run that checks several (:func:`kg.check.pipeline.check_one`).  kg
    check turns the collector off from loading to printing anyway; turned back on at the
    end, or left on at exit, it scanned every object the run made once more (about 40 ms
    of the paper's check, start to report, issue 32), to free memory the process is about
    to hand back to the system.  Off from the start, the collections while the modules
    are imported are skipped too.  The interpreter's finalisation collects once more
    whether the collector is on or not (and reports it to no ``gc.callbacks``): it scanned
    every object the run made, about 60 ms of the paper's check.  Frozen by an exit
    handler (exit handlers run before that collection), they are left out of it: the
    memory goes back to the system with the process all the same."""
    import atexit
    import gc
    gc.disable()
    atexit.register(gc.freeze)


def emit_report(report: Any, srcs: dict, *, fmt: str, output: Path | None, fail_on: str,
                passes: bool, notes: list[str], problems: list[Problem],
                extra: dict[str, Any] | None = None) -> bytes:
    """Write a report as kg check does (kg report merge writes the same bytes), then its
    notes and problems on standard error; the bytes written are returned."""
    data = render_report(report, srcs, fmt=fmt, fail_on=fail_on, passes=passes, extra=extra,
                         to_terminal=output is None and sys.stdout.isatty())
    write_report(data, output, notes, problems)
    return data


def render_report(report: Any, srcs: dict, *, fmt: str, fail_on: str, passes: bool,
                  extra: dict[str, Any] | None = None, to_terminal: bool = False) -> bytes:
    """A report in one of the formats of --format."""
    # each format's writer imported only when asked for: a start-up cost of every kg check
    if fmt == "json":
        from kg.jsontext import pretty_bytes
        from kg.report.json_report import to_dict
        return pretty_bytes({**to_dict(report, fail_on), **(extra or {})})
    if fmt == "sarif":
        from kg.report.sarif import to_sarif
        return to_sarif(report, srcs).encode()
    if fmt == "junit":
        from kg.report.junit import to_junit
        return to_junit(report, fail_on).encode()
    import io

    from rich.console import Console

    from kg.report.text import plain_console, render_text
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, highlight=False, width=None,
                      soft_wrap=False) if to_terminal else plain_console(buffer)
    render_text(report, srcs, console, fail_on=fail_on, show_passes=passes)
    return buffer.getvalue().encode()


def write_report(data: bytes | KeptReport, output: Path | None, notes: list[str],
                 problems: list[Problem]) -> None:
    """The report to ``output`` (or standard output), notes and problems to standard error;
    a kept report is copied from its file."""
    if output is None:
        sys.stdout.flush()
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            data.write_to(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    elif isinstance(data, bytes):
        write_atomic(output, data)
    else:
        from kg.files import atomic_writer
        with atomic_writer(output) as f:
            data.write_to(f)
    for note in notes:
        echo(f"note: {note}", err=True)
    report_problems(problems)


@cli.group("report")
def report_group() -> None:
    """Work with reports kg check wrote."""


@report_group.command("merge")
@click.argument("shard_reports", nargs=-1, required=True, metavar="SHARD.json...",
                type=click.Path(path_type=Path, dir_okay=False))
@report_options
def report_merge(shard_reports: tuple[Path, ...], fmt: str, fail_on: str, output: Path | None,
                 passes: bool) -> None:
    """Join the reports of kg check --shard 1/N ... N/N into the report one kg check
    over the whole claims folder gives, byte for byte (agreement across documents of
    different shards included). Run it where the shards ran (paths are shown from there).
    Exit codes as kg check.

    \b
    kg check --shard 1/2 --format json -o shard-1.json
    kg check --shard 2/2 --format json -o shard-2.json
    kg report merge shard-*.json --format sarif -o claimgraph.sarif
    """
    import gc

    from kg.report.merge import merge_shards

    gc.disable()  # as kg check: no reference cycles are made from here on
    try:
        run, _ = merge_shards(list(shard_reports))
        try:
            data = render_report(run.report, run.sources, fmt=fmt, fail_on=fail_on,
                                 passes=passes, to_terminal=output is None
                                 and sys.stdout.isatty())
        except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError) as exc:
            # free-form parts of outcomes (diagnoses) that no check wrote
            from kg.problems import display_path
            raise InputError(Problem(", ".join(display_path(p) for p in shard_reports), 0,
                                     f"the shards' outcomes cannot be reported "
                                     f"({type(exc).__name__}: {str(exc)[:200]})",
                                     "write the shards again with this claimgraph")) from None
        write_report(data, output, run.notes, run.problems)
    finally:
        gc.enable()
    sys.exit(run.report.exit_code(fail_on))


def _what_if(result, baseline, assumptions: tuple[str, ...], engine: str = "oxigraph"):
    """Re-check with assumed values; the returned report says what cleared."""
    from kg.check import check_corpus
    from kg.diagnose.whatif import apply, parse_assumption

    parsed = [parse_assumption(a, result) for a in assumptions]
    report = check_corpus(apply(result, parsed), engine=engine)
    before = {f.id for f in baseline.findings if f.severity == "violation"}
    after = {f.id for f in report.findings if f.severity == "violation"}
    report.what_if = {
        "assumptions": [{"figure": str(a.figure), "value": a.text} for a in parsed],
        "cleared": sorted(before - after), "stillFailing": sorted(before & after),
        "newlyFailing": sorted(after - before)}
    return report


@cli.command()
@click.option("--documents", "count", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many documents to write.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="The same seed writes the same corpus, byte for byte.")
@click.option("--output", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Claims folder to write (one sub-folder per document, and "
                   "ground-truth.json).")
def synth(count: int, seed: int, output: Path) -> None:
    """Write synthetic documents with planted errors, and the ground truth.

    About 65 figures and every relation kind per document; every slip the
    diagnosis knows is planted somewhere (all of them from 12 documents on).
    `kg check --claims OUTPUT` should report exactly the relations listed in
    OUTPUT/ground-truth.json as violations.
    """
    from kg.progress import progress_bar
    from kg.synth import write_corpus

    with progress_bar("writing") as bar:
        truth = write_corpus(output, count, seed, progress=bar(count))
    echo(f"wrote {count} documents ({truth['relations']} relations, "
               f"{len(truth['planted'])} planted errors) to {output}; "
               f"ground truth in {output / 'ground-truth.json'}", err=True)


@cli.command("diagnose")
@click.argument("documents", nargs=-1)
@claims_option
@format_option()
def diagnose_cmd(documents: tuple[str, ...], claims_dir: Path | None, fmt: str) -> None:
    """Which figure most likely is wrong, what the others imply it should be, and the slip.

    One row per suspect figure; ambiguous diagnoses list every candidate.
    """
    from kg.build import build_corpus
    from kg.check import check_corpus
    from kg.output import render_rows

    result = build_corpus(resolve_claims(claims_dir), list(documents) or None)
    report = check_corpus(result)
    if fmt == "json":
        click.echo(json.dumps(report.diagnoses, indent=2, ensure_ascii=False))
    elif fmt == "table":
        rows = [{"component": d.component, "status": d.status,
                 "document": _document_of(c.figure),
                 "figure": c.figure.rsplit("/", 1)[-1], "quote": c.quote,
                 "stated → suggested": f"{c.describe_value(c.stated)} → {c.verdict()}",
                 "implied": c.describe_implied(), "support": c.support,
                 "slip": c.pattern or "", "clears all": {True: "yes", False: "no",
                                                         None: ""}[d.clears_all]}
                for d in report.diagnosis_objects
                for c in [*d.candidates, *(x for g in d.alternatives if d.status == "ambiguous"
                                           for x in g)]]
        click.echo(render_rows(rows, list(rows[0]) if rows else ["figure"], fmt,
                               title="diagnoses"), nl=False)
        if not rows:
            echo("no violations to diagnose", err=True)
    else:
        rows = [{**d, "document": _document_of(d["figure"]),
                 "explains": " ".join(d["explains"]), "reasons": "; ".join(d["reasons"]),
                 "implied_low": (d["implied"] or {}).get("low"),
                 "implied_high": (d["implied"] or {}).get("high")} for d in report.diagnoses]
        columns = ["component", "rank", "status", "document", "figure", "quote", "stated",
                   "suggested", "implied_low", "implied_high", "support", "pattern",
                   "clearsAll", "explains"]
        click.echo(render_rows(rows, columns, fmt), nl=False)
    report_problems(result.problems)
    sys.exit(EXIT_BAD_INPUT if result.problems else EXIT_OK)


def _document_of(figure: str) -> str:
    """The document id in a figure's IRI (<base>/<document>/<figure>)."""
    return figure.rsplit("/", 2)[-2] if figure.count("/") >= 2 else ""


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"),
              help="Read the query from a file ('-' for standard input).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A named query's parameter (also --NAME VALUE).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
@claims_option
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "xml", "csv", "tsv",
                                                    "turtle", "ntriples", "jsonld"]),
              default="table", show_default=True,
              help="table; SPARQL 1.1 Results json/xml/csv/tsv for SELECT and ASK; "
                   "turtle/ntriples/jsonld/xml for CONSTRUCT and DESCRIBE.")
@click.option("--timeout", type=SECONDS, default=None,
              help="Time limit in seconds, at most a day [default: 10].")
@click.option("--max-rows", type=int, default=None, help="Result-size limit [default: 10000].")
@click.option("--max-memory", "memory_mb", type=click.IntRange(min=64), default=None,
              help="Memory the query may use, in MB [default: 1024].")
@click.option("--as-is", is_flag=True,
              help="Query a --store as it is, even if it holds other claims than --claims "
                   "(by default that is an error: its answers would be stale).")
@click.pass_context
def query(ctx: click.Context, query: str | None, query_file: Any, params: tuple[str, ...],
          list_queries: bool, claims_dir: Path | None, store_spec: str | None, fmt: str,
          timeout: float | None, max_rows: int | None, memory_mb: int | None,
          as_is: bool) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the claim graph.

    QUERY is a named query (see --list), or SPARQL text; -f reads a file. The graph
    holds the ontology, every document and its findings, each in a named graph
    (GRAPH ?g); the default graph of the embedded store is their union. Queries are
    read-only: updates, LOAD and SERVICE are refused.

    \b
    kg query figures-about --entity alibaba
    kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format json
    """
    from kg.output import render_rows
    from kg.sparql.named import bindings_for, named_queries
    from kg.sparql.results import render
    from kg.store import DEFAULT_MAX_ROWS, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT

    catalogue = named_queries()
    if list_queries:
        rows = [{"name": q.name, "title": q.title,
                 "parameters": " ".join(f"--{p.name}" for p in q.params),
                 "description": q.description} for q in catalogue.values()]
        click.echo(render_rows(rows, ["name", "title", "parameters", "description"],
                               "table" if fmt == "table" else fmt if fmt in ("csv", "tsv", "json")
                               else "table"), nl=False)
        return
    given = dict(p.split("=", 1) for p in params if "=" in p)
    given.update(_extra_params(ctx.args))
    bindings = {}
    if query_file is not None:
        text = query_file.read()
    elif query in catalogue:
        text = catalogue[query].text
        bindings = bindings_for(catalogue[query], given)
    elif query and ("{" in query or query.strip().upper().startswith(("PREFIX", "SELECT", "ASK",
                                                                        "CONSTRUCT", "DESCRIBE",
                                                                        "BASE", "INSERT", "DELETE",
                                                                        "LOAD", "CLEAR", "DROP"))):
        text = query
    else:
        raise InputError(Problem("query", 0, f"no named query {query!r}" if query else
                                 "give a query: a named query, SPARQL text or --file",
                                 "named queries: " + ", ".join(catalogue)))
    needs_findings = query in catalogue and catalogue[query].needs_findings
    store = _query_store(store_spec, claims_dir, needs_findings=needs_findings, as_is=as_is)
    result = store.query(text, bindings, timeout=timeout or DEFAULT_TIMEOUT,
                         max_rows=max_rows or DEFAULT_MAX_ROWS,
                         memory_mb=memory_mb or DEFAULT_MEMORY_MB)
    try:
        click.echo(render(result, fmt), nl=False)
    except ValueError as exc:
        raise InputError(Problem("--format", 0, str(exc))) from None


def _extra_params(args: list[str]) -> dict[str, str]:
    """``--entity alibaba`` and ``--entity=alibaba`` after a named query."""
    out: dict[str, str] = {}
    i = 0
    while i < len(args):
        arg = args[i]
        if not arg.startswith("--"):
            raise InputError(Problem("query", 0, f"unexpected argument {arg!r}"))
        name, sep, value = arg[2:].partition("=")
        if not sep:
            if i + 1 >= len(args):
                raise InputError(Problem("query", 0, f"--{name} needs a value"))
            value, i = args[i + 1], i + 1
        out[name] = value
        i += 1
    return out


def _query_store(store_spec: str | None, claims_dir: Path | None, *,
                 needs_findings: bool = False, as_is: bool = False):
    """The store to query: memory is built from the claims, an on-disk store with nothing
    of claimgraph's is filled, an empty server is an error, and any other store must hold
    exactly the claims (kg.store.state)."""
    from kg.build import build_corpus
    from kg.check import check_corpus
    from kg.store import open_store
    from kg.store.corpus import load
    from kg.store.state import corpus_digest, require_current

    store = open_store(store_spec)
    claims = resolve_claims(claims_dir)
    remote = store.spec.startswith("sparql:")
    if remote and store.is_empty():
        # a command that reads does not write into a server others may use
        raise InputError(Problem(store.spec, 0, "the store holds nothing of claimgraph's, so "
                                 "every query would answer nothing",
                                 f"load it: kg check --claims {claims} --store {store_spec}"))
    if store_spec in (None, "memory") or store.is_empty():
        result = build_corpus(claims)
        report_problems(result.problems)
        load(store, result, check_corpus(result, diagnose=True),
             corpus=corpus_digest(claims) if store_spec not in (None, "memory") else "")
    elif not as_is:
        require_current(store, claims, findings=needs_findings)
    return store


@cli.command()
@claims_option
@click.option("--store", "store_spec", default=None, metavar="oxigraph:PATH",
              help="Serve this on-disk store (built into it first if empty). Default: an "
                   "in-memory one built from the claims.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (loopback by default).")
@click.option("--port", default=7878, show_default=True, type=int)
@click.option("--timeout", type=SECONDS, default=10.0, show_default=True,
              help="Time limit of each query, in seconds (parsing included; at most a day).")
@click.option("--max-rows", type=int, default=10_000, show_default=True,
              help="Result-size limit of each query, in results.")
@click.option("--max-memory", "memory_mb", type=click.IntRange(min=64), default=1024,
              show_default=True, help="Memory each query may use, in MB.")
@click.option("--max-body", type=click.IntRange(min=1024), default=1024 * 1024,
              show_default=True, help="Largest query accepted, in bytes (larger: 413).")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Let web pages from ORIGIN read answers (repeatable; '*' for any). "
                   "Default: none.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests whose Host is NAME (e.g. a reverse proxy's name).")
@click.option("--workers", type=click.IntRange(min=1, max=256), default=4, show_default=True,
              help="Query worker processes: queries evaluated at once.")
@click.option("--max-connections", type=click.IntRange(min=1, max=65536), default=256,
              show_default=True, help="Connections served at once; more are answered 503.")
def serve(claims_dir: Path | None, store_spec: str | None, host: str, port: int, timeout: float,
          max_rows: int, memory_mb: int, max_body: int, cors: tuple[str, ...],
          allow_hosts: tuple[str, ...], workers: int, max_connections: int) -> None:
    """A read-only SPARQL 1.1 Protocol endpoint at http://HOST:PORT/sparql.

    Updates, LOAD and SERVICE are refused; each query runs in a process of its own
    that is stopped at the time limit and bounded in memory. See SECURITY.md.
    """
    import signal

    from kg.serve import Endpoint

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # unwinds the endpoint: sockets closed, children gone

    signal.signal(signal.SIGTERM, stop)
    # Ctrl-C stops it even where it was started with SIGINT ignored (a background job, a
    # parent that ignores it): Python then installs no handler of its own
    signal.signal(signal.SIGINT, stop)
    # outermost: a signal between the start and the wait (a loaded machine makes that
    # window wide) stops the endpoint as cleanly as one during the wait, exit 0
    with contextlib.suppress(KeyboardInterrupt), Endpoint.start(
            claims=resolve_claims(claims_dir), store_spec=store_spec, host=host, port=port,
            timeout=timeout, max_rows=max_rows, memory_mb=memory_mb, max_body=max_body,
            cors=cors, allow_hosts=allow_hosts, concurrent=workers,
            max_connections=max_connections) as endpoint:
        report_problems(endpoint.problems)
        if endpoint.problems:
            echo(f"{len(endpoint.problems)} problem(s) above: the documents they name "
                       "are not served", err=True)
        echo(f"SPARQL endpoint: {endpoint.url} (read-only; time limit {timeout:g} s, "
                   f"at most {max_rows} results, {memory_mb} MB a query). Ctrl-C stops it.",
                   err=True)
        endpoint.wait()


def main(argv: list[str] | None = None) -> None:
    """Entry point: user mistakes become one-line errors and exit 2, never a traceback."""
    if argv is None and sys.argv[1:2] == ["check"]:
        _check_process()
    try:
        cli.main(args=argv, prog_name="kg", standalone_mode=True)
    except InputError as exc:
        echo(error_line(exc.problem), err=True)
        sys.exit(EXIT_BAD_INPUT)
    except Exception as exc:  # only the user-facing kinds; anything else is a bug
        from kg.sparql.guard import QueryError
        from kg.store import StoreError
        if isinstance(exc, (QueryError, StoreError)):
            echo(error_line(str(exc)), err=True)
            sys.exit(EXIT_BAD_INPUT)
        if isinstance(exc, OSError) and exc.filename is not None:
            # a file the user named (or a folder to write into) that cannot be used
            from kg.problems import display_path
            echo(error_line(f"{display_path(exc.filename)}:0: {exc.strerror}"), err=True)
            sys.exit(EXIT_BAD_INPUT)
        raise


if __name__ == "__main__":  # pragma: no cover
    main()
