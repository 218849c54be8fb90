"""kg read never writes what kg check refuses: each class of refusal seen, on documents
written here, and the invariant itself over every development document."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.build import build_document
from kg.corpus import read_document
from kg.read import read

DEV = Path(__file__).resolve().parents[2] / "benchmarks" / "reading" / "dev"


def _problems(folder: Path) -> list[str]:
    """What the build refuses in a read folder (kg check's input findings, its exit 2)."""
    source = read_document(folder)
    build_document(source)
    return [str(p) for p in source.problems]


def test_a_numbered_heading_is_no_claim_and_no_figure(tmp_path: Path) -> None:
    """"3. Staffing" parted at its full stop left a claim "3." with a figure 3, told apart
    from the "3." of "3.6%" by a prefix that pointed at the wrong one: refused."""
    source = tmp_path / "clinic.txt"
    source.write_text("Clinic report\n\nVisits rose to 18,400, and the share seen within a "
                      "week was 3.6% higher.\n\n3. Staffing\n\nThe clinic employs 42 nurses.\n",
                      encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert 'cg:quote "3." ;' not in claims
    assert 'cg:quote "3" ;' not in claims
    assert _problems(made.folder) == []


def test_a_dotted_section_number_is_no_figure(tmp_path: Path) -> None:
    """"2.4 Transport. The fleet ..." opens a numbered subsection: its 2.4 is the section's
    name, no quantity; the figures of the sentence after it stay."""
    source = tmp_path / "plan.txt"
    source.write_text("Depot plan\n\nThe depot will cost 3.1 million euros.\n\n"
                      "2.4 Transport. The fleet grows to 37 buses.\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert 'cg:quote "2.4" ;' not in claims
    assert 'cg:quote "37" ;' in claims
    assert _problems(made.folder) == []


def _unit_of(claims: str, quote: str) -> str | None:
    found = re.search(rf'cg:quote "{re.escape(quote)}" ;\n(?:    [^\n]*\n)*?    qudt:unit (\S+) ;',
                      claims)
    return found.group(1) if found else None


def test_a_head_naming_a_currency_at_its_end_gives_it_to_its_column_alone(
        tmp_path: Path) -> None:
    """"Per month in £" beside "Per month in CHF": the last such head's currency was put on
    every column, and on cells that write another ("£8.40"): refused."""
    source = tmp_path / "fees.md"
    source.write_text(
        "# Membership fees\n\nFees for the coming year, per member per month:\n\n"
        "| Tier | Per month in £ | Per month in CHF | Written in £ |\n|---|---|---|---|\n"
        "| Basic | 8.40 | 9.10 | £8.40 |\n| Plus | 16.80 | 18.20 | £16.80 |\n"
        "| Pro | 33.60 | 36.40 | £33.60 |\n\nMembers who join in spring pay less.\n",
        encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert _unit_of(claims, "9.10") == "unit:CCY_CHF"
    assert _unit_of(claims, "16.80") == "unit:CCY_GBP"
    assert _unit_of(claims, "£16.80") == "unit:CCY_GBP"
    assert _problems(made.folder) == []


def test_a_cell_writing_its_own_currency_keeps_it_under_a_caption_naming_another(
        tmp_path: Path) -> None:
    """A figure's unit never contradicts its quote: "£8.40" under a caption in Swiss francs
    is in pounds (kg check refuses a figure whose unit its quote contradicts)."""
    source = tmp_path / "fees.md"
    source.write_text(
        "# Membership fees\n\nFees for the coming year (CHF)\n\n"
        "| Tier | Per month | Per year |\n|---|---|---|\n"
        "| Basic | 9.10 | £98.00 |\n| Plus | 18.20 | £196.00 |\n"
        "| Pro | 36.40 | £392.00 |\n\nMembers who join in spring pay less.\n",
        encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert _unit_of(claims, "9.10") == "unit:CCY_CHF"
    assert _unit_of(claims, "£98.00") == "unit:CCY_GBP"
    assert _problems(made.folder) == []


def _dev_documents() -> list[Path]:
    return sorted(p for p in DEV.iterdir() if not p.name.endswith(".gold.json")
                  and p.with_name(p.stem + ".gold.json").is_file()) if DEV.is_dir() else []


def test_a_row_whose_first_cell_recurs_in_it_is_told_apart_by_what_follows(
        tmp_path: Path) -> None:
    """A league table's "2   Ashby Wharf   14   9   2 …": the rank "2" opens its row, so no
    characters before it tell it from the row's other "2"; what follows it does
    (cg:quoteSuffix). Without it the seventh blind set's league table was refused."""
    source = tmp_path / "league.txt"
    source.write_text("Final table, spring league 2026\n\n"
                      "Pos  Club            P   W   D   L   Pts\n"
                      " 1   Hale Rangers    8   6   1   1    19\n"
                      " 2   Corby Town      8   5   2   1    17\n"
                      " 3   Penrith Celts   8   3   1   4    10\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert "cg:quoteSuffix" in claims
    assert _problems(made.folder) == []


@pytest.mark.skipif(not DEV.is_dir(), reason="the reading benchmark's documents are not here")
@pytest.mark.parametrize("path", _dev_documents(), ids=lambda p: p.name)
def test_every_development_document_read_is_accepted_by_the_build(tmp_path: Path,
                                                                  path: Path) -> None:
    """Issue 30's Done-when: kg read then kg check needs no hand edit. kg check refuses a
    document (exit 2) exactly where its build reports input problems; building each read
    folder in-process checks the same in half the time of a kg check run (one test a
    document, so parallel workers share them)."""
    made = read(path, tmp_path, doc_id=re.sub(r"[^a-z0-9]+", "-", path.stem.lower()))
    assert _problems(made.folder) == []


def test_a_share_the_row_states_in_its_own_percent_column_is_no_share_of_the_total(
        tmp_path: Path) -> None:
    """"81.5% of vehicles meeting the standard" of a row with percent columns of its own:
    the words may restate one of them (the table says 81.0: a slip a tie would show), not
    the row's tested vehicles as a share of all tested (which made a false violation)."""
    source = tmp_path / "tests.md"
    source.write_text(
        "# Vehicle tests\n\nHollin Lane again came out on top, with 81.5% of vehicles "
        "meeting the standard on the day.\n\nTable 1. Tests by centre, 2025\n\n"
        "| Centre | Vehicles tested | Passed | Clean pass (%) | Booked slots used (%) |\n"
        "|---|---|---|---|---|\n| Hollin Lane | 1,200 | 978 | 81.0 | 92.0 |\n"
        "| Marsh Road | 900 | 702 | 78.0 | 88.5 |\n| Quarry Street | 700 | 532 | 76.0 | 90.1 |\n"
        "| All centres | 2,800 | 2,212 | 79.0 | 90.3 |\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    text = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert "Vehicles tested: the rows add up to All centres" in text
    assert "of the total (the table)" not in text
