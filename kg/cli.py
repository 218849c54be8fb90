"""The ``kg`` command line: a thin layer over the library.

Exit codes: 0 success; 1 the command's check found something (a coverage gap, or,
for ``kg check``, findings at or above the fail level); 2 bad input or usage,
with one line per problem naming the file and line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from kg import __version__
from kg.problems import InputError, Problem

EXIT_OK, EXIT_FOUND, EXIT_BAD_INPUT = 0, 1, 2


def claims_option(f: Any) -> Any:
    return click.option(
        "--claims", "claims_dir", type=click.Path(path_type=Path), default=None,
        help="Claims folder (one sub-folder per document). Default: ./claims if present, "
             "else the bundled paper.")(f)


def resolve_claims(claims_dir: Path | None) -> Path:
    from kg.vocab import bundled_claims_dir
    if claims_dir is not None:
        return claims_dir
    here = Path("claims")
    return here if here.is_dir() else bundled_claims_dir()


def report_problems(problems: list[Problem]) -> None:
    for p in sorted(problems):
        click.echo(f"error: {p}", err=True)


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
def build(documents: tuple[str, ...], claims_dir: Path | None, fmt: str,
          output: Path | None, findings: bool) -> None:
    """Anchor every quote, check figures against their quotes, and write the graph.

    The ontology and each document go into named graphs (TriG, N-Quads) or one
    merged graph (Turtle, N-Triples). The same input gives byte-identical output.
    """
    from kg.build import build_corpus
    from kg.coverage import coverage, summarize
    from kg.serialize import FORMATS, serialize

    result = build_corpus(resolve_claims(claims_dir), list(documents) or None)
    dataset = result.dataset()
    if findings:
        from kg.check import check_corpus
        from kg.check.graph import add_findings
        add_findings(dataset, result, check_corpus(result))
    text = serialize(dataset, fmt)
    target = output or Path("build") / f"claimgraph{FORMATS[fmt][2]}"
    if str(target) == "-":
        sys.stdout.write(text)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for doc in result.documents:
        counts = ", ".join(f"{n} {k}" for k, n in sorted(doc.relation_counts().items()))
        from kg.namespaces import CG
        click.echo(f"{doc.doc_id}: {doc.count(CG.Claim)} claims, {doc.count(CG.Figure)} figures, "
                   f"{doc.count(CG.StatedDate)} dates, relations: {counts or 'none'}", err=True)
        click.echo(f"  coverage: {summarize(doc.doc_id, coverage(doc))}", err=True)
    if str(target) != "-":
        click.echo(f"wrote {target} ({len(result.documents)} documents)", err=True)
    report_problems(result.problems)
    if result.failed:
        click.echo(f"{len(result.failed)} document(s) not built: {', '.join(result.failed)}",
                   err=True)
        sys.exit(EXIT_BAD_INPUT)


@cli.command("coverage")
@click.argument("documents", nargs=-1)
@claims_option
@click.option("--missing", "only_missing", is_flag=True, help="List only unencoded mentions.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]),
              default="table", show_default=True, help="Output format.")
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
            click.echo(str(summary), err=True)
        rows.extend(r.as_dict() for r in doc_rows if not only_missing or r.status == "missing")
    columns = ["document", "line", "mention", "status", "by", "reason", "start", "end"]
    click.echo(render_rows(rows, columns, fmt, title="numeric mentions"), nl=False)
    report_problems(result.problems)
    if result.failed:
        sys.exit(EXIT_BAD_INPUT)
    if missing:
        sys.exit(EXIT_FOUND)


@cli.command()
@click.argument("documents", nargs=-1)
@claims_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "junit"]),
              default="text", show_default=True,
              help="text for people; json (the report contract), sarif (code scanning) "
                   "or junit (test reports) for CI.")
@click.option("--fail-on", type=click.Choice(["warning", "violation"]), default="violation",
              show_default=True, help="Lowest severity that makes the exit code 1.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write the report to a file instead of standard output.")
@click.option("--passes/--no-passes", default=True, show_default=True,
              help="List consistent relations in the text report.")
@click.option("--assume", "assumptions", multiple=True, metavar="FIGURE=VALUE",
              help='What-if: check as if FIGURE had VALUE (repeatable), e.g. '
                   '--assume f-bf-malls="9.1 billion"; the report says which findings clear.')
def check(documents: tuple[str, ...], claims_dir: Path | None, fmt: str, fail_on: str,
          output: Path | None, passes: bool, assumptions: tuple[str, ...]) -> None:
    """Check every claim: structure, arithmetic, calendar and provenance.

    Runs the SHACL shapes in ontology/shapes/ (with pySHACL) over the built
    graph and reports every checked relation, passes included. Exit codes: 0
    nothing at or above --fail-on, 1 something is, 2 bad input or usage.
    """
    import io

    from rich.console import Console

    from kg.build import build_corpus
    from kg.check import check_corpus
    from kg.report import sources
    from kg.report.json_report import to_json
    from kg.report.junit import to_junit
    from kg.report.sarif import to_sarif
    from kg.report.text import render_text

    result = build_corpus(resolve_claims(claims_dir), list(documents) or None)
    report = check_corpus(result)
    if assumptions:
        report = _what_if(result, report, assumptions)
    srcs = sources(result)
    if fmt == "json":
        text = to_json(report, fail_on)
    elif fmt == "sarif":
        text = to_sarif(report, srcs)
    elif fmt == "junit":
        text = to_junit(report, fail_on)
    else:
        buffer = io.StringIO()
        to_terminal = output is None and sys.stdout.isatty()
        console = Console(file=buffer, force_terminal=to_terminal, highlight=False,
                          width=None if to_terminal else 110, soft_wrap=not to_terminal)
        render_text(report, srcs, console, fail_on=fail_on, show_passes=passes)
        text = buffer.getvalue()
    if output is None:
        sys.stdout.write(text)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    report_problems(result.problems)
    sys.exit(report.exit_code(fail_on))


def _what_if(result, baseline, assumptions: tuple[str, ...]):
    """Re-check with assumed values; the returned report says what cleared."""
    from kg.check import check_corpus
    from kg.diagnose.whatif import apply, parse_assumption

    parsed = [parse_assumption(a, result) for a in assumptions]
    report = check_corpus(apply(result, parsed))
    before = {f.id for f in baseline.findings if f.severity == "violation"}
    after = {f.id for f in report.findings if f.severity == "violation"}
    report.what_if = {
        "assumptions": [{"figure": str(a.figure), "value": a.text} for a in parsed],
        "cleared": sorted(before - after), "stillFailing": sorted(before & after),
        "newlyFailing": sorted(after - before)}
    return report


@cli.command("diagnose")
@click.argument("documents", nargs=-1)
@claims_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]),
              default="table", show_default=True, help="Output format.")
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
                 "figure": c.figure.rsplit("/", 1)[-1], "quote": c.quote,
                 "stated → suggested": f"{c.describe_value(c.stated)} → "
                                       f"{c.describe_value(c.suggested)}",
                 "implied": c.describe_implied(), "support": c.support,
                 "slip": c.pattern or "", "clears all": {True: "yes", False: "no",
                                                         None: ""}[d.clears_all]}
                for d in report.diagnosis_objects
                for c in [*d.candidates, *(x for g in d.alternatives if d.status == "ambiguous"
                                           for x in g)]]
        click.echo(render_rows(rows, list(rows[0]) if rows else ["figure"], fmt,
                               title="diagnoses"), nl=False)
        if not rows:
            click.echo("no violations to diagnose", err=True)
    else:
        rows = [{**d, "explains": " ".join(d["explains"]), "reasons": "; ".join(d["reasons"]),
                 "implied_low": (d["implied"] or {}).get("low"),
                 "implied_high": (d["implied"] or {}).get("high")} for d in report.diagnoses]
        columns = ["component", "rank", "status", "figure", "quote", "stated", "suggested",
                   "implied_low", "implied_high", "support", "pattern", "clearsAll", "explains"]
        click.echo(render_rows(rows, columns, fmt), nl=False)
    report_problems(result.problems)
    sys.exit(EXIT_BAD_INPUT if result.problems else EXIT_OK)


def main(argv: list[str] | None = None) -> None:
    """Entry point: user mistakes become one-line errors and exit 2, never a traceback."""
    try:
        cli.main(args=argv, prog_name="kg", standalone_mode=True)
    except InputError as exc:
        click.echo(f"error: {exc.problem}", err=True)
        sys.exit(EXIT_BAD_INPUT)


if __name__ == "__main__":  # pragma: no cover
    main()
