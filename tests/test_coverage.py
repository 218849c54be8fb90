"""Coverage: every numeric mention is encoded or waived."""

from __future__ import annotations

from kg.build import build_corpus
from kg.coverage import coverage, summarize


def test_paper_is_fully_covered(paper) -> None:
    rows = coverage(paper)
    summary = summarize(paper.doc_id, rows)
    assert (summary.mentions, summary.encoded, summary.waived, summary.missing) == (41, 26, 15, 0)
    assert summary.percent == 100.0


def test_paper_waivers_say_why(paper) -> None:
    waived = {(r.mention, r.reason) for r in coverage(paper) if r.status == "waived"}
    assert ("360", "company name (Qihoo 360)") in waived
    assert ("Twelve", "name of a shopping festival (12 December), not a quantity") in waived
    assert sum(reason == "section number" for _, reason in waived) == 5


def test_each_figure_of_the_paper_encodes_the_mention_in_its_quote(paper) -> None:
    by = {r.mention: r.by.rsplit("/", 1)[-1] for r in coverage(paper) if r.status == "encoded"}
    assert by["910 million US dollars"] == "f-bf-malls"
    assert by["only 24 2%"] == "f-amazon-growth"
    assert by["November 28, 2014"] == "d-black-friday-2014"
    assert by["300% to 400%"] == "f-smaller-growth"


def test_an_unencoded_mention_is_missing(make_doc) -> None:
    root = make_doc("m", text="In 1. Intro we saw 12 cats and 3.5% growth.",
                    claims=':c a cg:Claim ; cg:quote "we saw 12 cats" .\n'
                           ':f a cg:Figure ; cg:claim :c ; cg:quote "12 cats" ; '
                           "qudt:numericValue 12 ; qudt:unit unit:NUM .\n"
                           ':w a cg:Waiver ; cg:quote "1. Intro" ; cg:reason "section number" .\n')
    [doc] = build_corpus(root).documents
    rows = coverage(doc)
    assert [(r.mention, r.status) for r in rows] == [
        ("1", "waived"), ("12", "encoded"), ("3.5%", "missing")]


def test_coverage_command_exits_1_on_a_gap(make_doc, tmp_path) -> None:
    from tests.cli.test_bad_input import kg
    root = make_doc("m", text="We saw 12 cats.", claims=':c a cg:Claim ; cg:quote "We saw" .\n')
    proc = kg("coverage", "--claims", str(root), "--missing", "--format", "csv", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == ["document,line,mention,status,by,reason,start,end",
                                        "m,1,12,missing,,,7,9"]


def test_the_coverage_table_names_figures_by_their_ids(tmp_path) -> None:
    """Issue 15: full IRIs wrapped the table in an 80-column terminal."""
    from tests.cli.test_bad_input import kg
    proc = kg("coverage", "--format", "table", cwd=tmp_path)  # the bundled documents
    assert proc.returncode == 0, proc.stderr
    assert "f-internet-com" in proc.stdout and "https://" not in proc.stdout
