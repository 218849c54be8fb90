"""kg suggest's entity links: proposed where two documents name an entity alike, written
commented out, and joining the graph (and the agreement check) only once accepted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.authoring.suggest import accept, suggest_links, write_suggestions
from kg.check.pipeline import check_folder
from tests.cli.test_bad_input import error_lines, kg
from tests.conftest import BUNDLED_DIR

SECOND = "shopping-days-2014"
ENT = "https://w3id.org/claimgraph/entity/"


@pytest.fixture
def renamed(tmp_path: Path) -> Path:
    """The bundled corpus with the second document's own IRIs for two entities: the
    malls (same label as the paper's) and the United States (label only, no Wikidata)."""
    claims = tmp_path / "claims"
    shutil.copytree(BUNDLED_DIR, claims)
    for name in ("claims.ttl", "entities.ttl"):
        path = claims / SECOND / name
        text = path.read_text().replace("ent:us-large-malls", "ent:malls")
        text = text.replace("ent:united-states", "ent:usa").replace(" ; schema:sameAs wd:Q30", "")
        path.write_text(text.replace('"United States"@en', '"the United States"@en'))
    return claims


def agreeing(claims: Path) -> list[str]:
    report = check_folder(claims, cache_dir=None, jobs=1).report
    return sorted(f.id for f in report.findings if f.check == "agreement")


def test_links_are_proposed_from_labels_and_wikidata_ids(renamed: Path) -> None:
    links = suggest_links(renamed, SECOND)
    assert [(link.subject, link.target, link.evidence) for link in links] == [
        (f"{ENT}malls", f"{ENT}us-large-malls",
         "china-us-ecommerce-2014 names ent:us-large-malls 'large traditional shopping malls "
         "in the United States' too"),
        (f"{ENT}usa", "http://www.wikidata.org/entity/Q30",
         "china-us-ecommerce-2014 names ent:united-states 'United States' too, and links it "
         "to Wikidata Q30")]


def test_a_link_joins_the_graph_only_when_accepted(renamed: Path) -> None:
    before = agreeing(renamed)
    assert "china-us-ecommerce-2014/f-bf-malls/agreement" not in before
    write_suggestions(renamed, SECOND, [], suggest_links(renamed, SECOND))
    assert agreeing(renamed) == before  # proposed, not yet part of the graph
    assert suggest_links(renamed, SECOND) == []  # and not proposed twice
    accept(renamed, SECOND, ["l-1", "l-2"])
    assert agreeing(renamed) == agreeing(BUNDLED_DIR)


def test_no_links_where_documents_already_share_iris() -> None:
    assert suggest_links(BUNDLED_DIR, SECOND) == []


def test_kg_suggest_prints_links_and_a_wrong_id_names_the_open_ones(renamed: Path) -> None:
    out = kg("suggest", SECOND, "--claims", str(renamed), cwd=renamed)
    assert out.returncode == 0, out.stderr
    assert "entity link                    ent:malls = ent:us-large-malls" in out.stdout
    wrong = kg("suggest", SECOND, "--claims", str(renamed), "--accept", "l-9", cwd=renamed)
    assert wrong.returncode == 2
    assert error_lines(wrong) == [
        f"error: {SECOND}/suggestions.ttl:0: no open suggestion 'l-9' "
        "(open ones: l-1, l-2)"]
