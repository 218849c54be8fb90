"""kg read: a document in, a claims folder kg check checks at once, nothing lost."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from kg.authoring.confirm import confirm
from kg.numbers import find_mentions
from kg.read import doc_id_for, read
from tests.inprocess import run_kg

DATA = Path(__file__).parent / "data"


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """``kg ARGS`` in ``cwd``, in this process (what the tests here test is the command's
    output, not its process)."""
    return run_kg(*args, cwd=cwd)


@pytest.mark.parametrize("name", ["retail.html", "retail.pdf"])
def test_a_page_or_pdf_is_read_and_checked_with_no_hand_edit(tmp_path: Path, name: str) -> None:
    made = kg("read", str(DATA / name), "--claims", "c", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    folder = tmp_path / "c" / "retail"
    assert (folder / f"original{Path(name).suffix}").read_bytes() == (DATA / name).read_bytes()
    checked = kg("check", "--claims", "c", "--format", "json", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "error:" not in checked.stderr and "Traceback" not in checked.stderr
    report = json.loads(checked.stdout)
    passed = {f["check"] for f in report["findings"] if f["severity"] == "pass"}
    # the table's change column and its Year row, and the sentence's percent change
    assert {"percent-change", "sum", "provenance", "structure"} <= passed
    sums = [f for f in report["findings"] if f["check"] == "sum"]
    assert len(sums) == 2  # one a period column: four quarters add up to the year


def test_what_is_read_is_marked_and_kg_confirm_removes_the_mark(tmp_path: Path) -> None:
    source = tmp_path / "note.txt"
    source.write_text("Sales news\n\nSales rose 9 percent to $4.8 billion from $4.4 billion.\n",
                      encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert claims.count(" ; cg:readBy :reading ;") == 4  # the claim and its three figures
    assert ":reading a cg:AutomaticReading" in claims
    assert "cg:draft" not in claims
    assert "cg:readBy :reading" in relations and "cg:confidence 0.8" in relations
    done = confirm(tmp_path / "c", made.folder.name, [], every=True)
    assert len(done) == 5
    assert "cg:readBy :reading ;" not in (made.folder / "claims.ttl").read_text(encoding="utf-8")


def test_reading_again_never_overwrites_the_folder(tmp_path: Path) -> None:
    source = tmp_path / "note.txt"
    source.write_text("Sales rose 9 percent to $4.8 billion from $4.4 billion.\n",
                      encoding="utf-8")
    assert kg("read", str(source), "--claims", "c", cwd=tmp_path).returncode == 0
    claims = tmp_path / "c" / "note" / "claims.ttl"
    claims.write_text(claims.read_text(encoding="utf-8") + "# a person's edit\n",
                      encoding="utf-8")
    again = kg("read", str(source), "--claims", "c", cwd=tmp_path)
    assert again.returncode == 2
    assert again.stderr.count("\n") == 1 and "exists already" in again.stderr
    assert claims.read_text(encoding="utf-8").endswith("# a person's edit\n")


def test_a_file_it_cannot_read_leaves_nothing_behind(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    out = kg("read", str(bad), "--claims", "c", cwd=tmp_path)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.startswith("error: bad.pdf") and "not a PDF" in out.stderr
    assert not (tmp_path / "c" / "bad").exists()


def test_a_whole_the_words_name_in_another_sentence_is_checked(tmp_path: Path) -> None:
    """Issue 30: "or 42.6 percent of the total" took the previous year's figure, which stood
    nearer, as the whole. "Of the total" names the same period's total: read and checked."""
    source = tmp_path / "day.txt"
    source.write_text("Singles Day\n\nSales reached 57.1 billion yuan in 2014, from 35.0 billion "
                      "yuan in 2013. Mobile orders brought in 24.3 billion yuan, or 42.6 percent "
                      "of the total.\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    checked = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert "24.3 billion yuan is 42.6 percent of 57.1 billion yuan" in checked
    assert "35.0 billion" not in checked


def test_a_relation_whose_figures_are_in_different_sentences_is_proposed_not_checked(
        tmp_path: Path) -> None:
    """A figure of another sentence the words do not name firmly is a guess: proposed, not
    checked."""
    source = tmp_path / "wind.txt"
    source.write_text("Wind farms generated 61 TWh. Coal plants produced 35 TWh, 26 TWh less "
                      "than wind farms.\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = (made.folder / "relations.ttl")
    checked = relations.read_text(encoding="utf-8") if relations.exists() else ""
    assert "DifferenceRelation" not in checked
    proposed = (made.folder / "suggestions.ttl").read_text(encoding="utf-8")
    assert "DifferenceRelation, cg:Suggestion" in proposed and "cg:confidence 0.5" in proposed


@pytest.mark.parametrize("text", ["in the first half of 2024", "the half-year results",
                                  "in the second half"])
def test_a_half_year_is_a_period_not_a_fraction(text: str) -> None:
    assert [m.text for m in find_mentions(text) if "half" in m.text] == []


def test_a_document_id_from_a_file_name() -> None:
    assert doc_id_for(Path("Q3 Results (final).PDF")) == "q3-results-final"


def test_read_relations_and_proposals_never_share_a_name(tmp_path: Path) -> None:
    """A read relation and a proposal were both s-1: accepting the proposal merged the two
    relations into one (an average labelled as a weekday)."""
    source = tmp_path / "q3.txt"
    source.write_text("Q3\n\nStockholm, Tuesday, 22 October 2024.\n\nRevenue rose to SEK 412 "
                      "million. Operating profit was SEK 61 million, or 14.8 percent of revenue. "
                      "Staff costs were SEK 140 million. Rent came to SEK 25 million, SEK 115 "
                      "million less than staff costs.\n",
                      encoding="utf-8")
    made = read(source, tmp_path / "c")
    read_ids = re.findall(r"^:([\w-]+) a cg:\w+Relation", (made.folder / "relations.ttl")
                          .read_text(encoding="utf-8"), re.M)
    proposed = re.findall(r"^:([\w-]+) a cg:\w+Relation", (made.folder / "suggestions.ttl")
                          .read_text(encoding="utf-8"), re.M)
    assert read_ids and proposed and not set(read_ids) & set(proposed)


def test_the_report_says_which_findings_rest_on_what_was_read(tmp_path: Path) -> None:
    """A finding on a read relation is marked until a person confirms what was read."""
    source = tmp_path / "t.txt"
    source.write_text("Cargo\n\nCargo reached 14.6 million tonnes, up 9.9 percent from 13.7 "
                      "million tonnes.\n", encoding="utf-8")
    assert kg("read", str(source), "--claims", "c", cwd=tmp_path).returncode == 0
    first = kg("check", "--claims", "c", "--format", "json", cwd=tmp_path)
    [change] = [f for f in json.loads(first.stdout)["findings"] if f["check"] == "percent-change"]
    assert change["severity"] == "violation" and change["read"] is True
    text = kg("check", "--claims", "c", cwd=tmp_path).stdout
    assert "read by kg read, not yet confirmed by a person (kg confirm)" in text
    assert kg("confirm", "t", "--all", "--claims", "c", cwd=tmp_path).returncode == 0
    again = kg("check", "--claims", "c", "--format", "json", cwd=tmp_path)
    [change] = [f for f in json.loads(again.stdout)["findings"] if f["check"] == "percent-change"]
    assert change["read"] is False


def test_a_change_of_the_move_the_sentence_before_states_is_checked(tmp_path: Path) -> None:
    """"… fell to 38.4 minutes from 41.9 minutes. That is a reduction of 3.5 minutes, or
    8.4%": "That is" ties the two sentences, so both relations are read and checked (not
    left as suggestions), and no comparison of the two ends beside the change."""
    source = tmp_path / "waits.txt"
    source.write_text("The median ambulance wait fell to 38.4 minutes in June, from 41.9 "
                      "minutes a year earlier. That is a reduction of 3.5 minutes, or 8.4%.\n",
                      encoding="utf-8")
    made = read(source, tmp_path / "claims")
    turtle = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert "a cg:PercentChangeRelation ;" in turtle
    assert "a cg:DifferenceRelation ;" in turtle
    assert "a cg:ComparisonRelation" not in turtle


def test_a_share_of_a_rounded_total_takes_the_table_cell_it_restates(tmp_path: Path) -> None:
    """"£1.24 billion" in the text is the table's 1,236.0 rounded: the share "of the total" is
    checked on the exact cell, as a reader works it."""
    source = tmp_path / "foods.txt"
    source.write_text("Harbour Foods interim results\n\nGroup sales in the first half were £1.24 "
                      "billion. Frozen sales were £411.4 million, or 33.3% of the total.\n\n"
                      "Sales by division, first half 2025 (£ million)\n\n| Division | Sales |\n"
                      "| Chilled | 824.6 |\n| Frozen | 411.4 |\n| Total | 1,236.0 |\n",
                      encoding="utf-8")
    made = read(source, tmp_path / "c")
    checked = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    shares = re.findall(r"a cg:ShareRelation ;.*?cg:portion (\S+) ; cg:whole (\S+) ; "
                        r"cg:share (\S+) \.", checked, re.S)
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    quote = dict(re.findall(r"^(:[\w-]+) a cg:Figure ;[^\n]*\n    cg:claim \S+ ;\n"
                            r"    cg:quote \"([^\"]*)\"", claims, re.M))
    assert [tuple(quote[f] for f in s) for s in shares] == [("£411.4 million", "1,236.0",
                                                             "33.3%")]


SAVINGS = """# Harbourside Savings Trust: results for 2025

*Published 14 February 2026.*

- **Deposits held: £2,418 million** at 31 December 2025, up 5.1% on a year before.

## Deposits by product

| Product | £m |
|:--|--:|
| Instant access | 1,506 |
| Fixed term | 912 |
| Total deposits | 2,418 |

New savers and interest credited lifted total deposits from £2,301 million to £2,418 million.
"""


def test_a_stock_restated_again_takes_the_day_an_earlier_sentence_named(tmp_path: Path) -> None:
    """The highlight dates the total row at 31 December; the closing sentence names no day, so
    its '£2,418 million' restates the cell at that day, not over the year, and no restatement
    fails on its period."""
    source = tmp_path / "savings.md"
    source.write_text(SAVINGS, encoding="utf-8")
    made = read(source, tmp_path / "c")
    ties = [b for b in (made.folder / "relations.ttl").read_text(encoding="utf-8").split("\n\n")
            if "a cg:RestatementRelation" in b]
    assert len(ties) == 2
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    last = claims.rindex('"£2,418 million"')
    figure = claims[claims.rindex(":f-", 0, last):claims.index("\n\n", last)]
    assert '"2025-12-31"^^xsd:date' in figure
    checked = kg("check", "--claims", "c", "--format", "json", cwd=tmp_path)
    restatements = [f["severity"] for f in json.loads(checked.stdout)["findings"]
                    if f["check"] == "restatement"]
    assert restatements == ["pass", "pass"]
