"""Agreement across documents: the bundled corpus's two sources, both engines, and warm
runs that see a change on either side of a pair."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.check.pipeline import check_folder
from kg.report.json_report import to_json
from tests.conftest import BUNDLED_DIR

SECOND = "shopping-days-2014"


def agreement(report) -> list[tuple[str, str, str]]:
    return sorted((f.id, f.severity, f.values["otherDocument"]) for f in report.findings
                  if f.check == "agreement")


@pytest.fixture(scope="module")
def bundled():
    return check_folder(BUNDLED_DIR, cache_dir=None, jobs=1).report


def test_the_bundled_sources_corroborate_three_figures_and_disagree_on_two(bundled) -> None:
    assert agreement(bundled) == [
        ("china-us-ecommerce-2014/f-alibaba-cny/agreement", "pass", SECOND),
        ("china-us-ecommerce-2014/f-alibaba-usd/agreement", "pass", SECOND),
        ("china-us-ecommerce-2014/f-bf-malls/agreement", "warning", SECOND),
        ("china-us-ecommerce-2014/f-bf-online/agreement", "warning", SECOND),
        ("china-us-ecommerce-2014/f-us-retail-2014/agreement", "pass", SECOND),
        (f"{SECOND}/f-alibaba-cny/agreement", "pass", "china-us-ecommerce-2014"),
        (f"{SECOND}/f-alibaba-usd/agreement", "pass", "china-us-ecommerce-2014"),
        (f"{SECOND}/f-bf-malls/agreement", "warning", "china-us-ecommerce-2014"),
        (f"{SECOND}/f-bf-online/agreement", "warning", "china-us-ecommerce-2014"),
        (f"{SECOND}/f-us-retail-2014/agreement", "pass", "china-us-ecommerce-2014")]
    [paper_side] = [f for f in bundled.findings
                    if f.id == "china-us-ecommerce-2014/f-bf-online/agreement"]
    assert paper_side.message == (
        f"{SECOND} reports 2500000000 (2450000000 to 2550000000) for the same quantity "
        "(\"2.5 billion US dollars\"), which is not compatible with 2300000000 (2250000000 to "
        "2350000000) here.")
    assert paper_side.arithmetic == (
        f"2.5 billion US dollars (2.45 to 2.55 billion US dollars) in {SECOND} against 2.3 "
        "billion US dollars (2.25 to 2.35 billion US dollars) here")
    assert bundled.headline() == ("26 of 29 relations consistent (2 violations, 9 warnings) "
                                  "in 4 documents")


def test_the_report_counts_other_sources_per_figure(bundled) -> None:
    from kg.report.json_report import to_dict
    counts = [(e["document"], e["figure"].rsplit("/", 1)[-1], e["agree"], e["disagree"],
               [s["document"] for s in e["sources"]])
              for e in to_dict(bundled)["corroboration"]]
    paper = "china-us-ecommerce-2014"
    assert counts == [
        (paper, "f-alibaba-cny", 1, 0, [SECOND]), (paper, "f-alibaba-usd", 1, 0, [SECOND]),
        (paper, "f-bf-malls", 0, 1, [SECOND]), (paper, "f-bf-online", 0, 1, [SECOND]),
        (paper, "f-us-retail-2014", 1, 0, [SECOND]),
        (SECOND, "f-alibaba-cny", 1, 0, [paper]), (SECOND, "f-alibaba-usd", 1, 0, [paper]),
        (SECOND, "f-bf-malls", 0, 1, [paper]), (SECOND, "f-bf-online", 0, 1, [paper]),
        (SECOND, "f-us-retail-2014", 1, 0, [paper])]
    online = next(e for e in to_dict(bundled)["corroboration"]
                  if e["figure"].endswith(f"{paper}/f-bf-online"))
    assert online["sources"][0] | {"figure": None} == {
        "document": SECOND, "figure": None, "quote": "2.5 billion US dollars",
        "value": 2500000000.0, "low": 2450000000.0, "high": 2550000000.0, "agrees": False,
        "finding": f"{paper}/f-bf-online/agreement"}


def test_entities_linked_to_each_other_pair_up(tmp_path: Path, bundled) -> None:
    """A direct schema:sameAs between two documents' entity IRIs (what kg suggest's entity
    links write) is enough, either way round."""
    claims = tmp_path / "claims"
    shutil.copytree(BUNDLED_DIR, claims)
    path = claims / SECOND / "claims.ttl"
    path.write_text(path.read_text().replace("ent:us-large-malls", "ent:malls"))
    unlinked = check_folder(claims, cache_dir=None, jobs=1).report
    assert "china-us-ecommerce-2014/f-bf-malls/agreement" not in [f.id for f in unlinked.findings]
    (claims / SECOND / "links.ttl").write_text(
        "<https://w3id.org/claimgraph/entity/malls> <https://schema.org/sameAs> "
        "<https://w3id.org/claimgraph/entity/us-large-malls> .\n")
    for engine in ("oxigraph", "pyshacl"):
        linked = check_folder(claims, cache_dir=None, jobs=1, engine=engine).report
        assert agreement(linked) == agreement(bundled), engine


def test_both_engines_agree_on_every_cross_document_finding(bundled) -> None:
    reference = check_folder(BUNDLED_DIR, cache_dir=None, jobs=1, engine="pyshacl").report
    assert to_json(reference) == to_json(bundled)


def test_a_change_on_either_side_is_seen_by_a_warm_run(tmp_path: Path) -> None:
    claims, cache = tmp_path / "claims", tmp_path / "cache"
    shutil.copytree(BUNDLED_DIR, claims)
    check_folder(claims, cache_dir=cache, jobs=1)

    def same_as_cold(expected_warnings: int) -> None:
        warm = check_folder(claims, cache_dir=cache, jobs=1)
        cold = check_folder(claims, cache_dir=None, jobs=1)
        assert to_json(warm.report) == to_json(cold.report)
        assert sum(f.severity == "warning" for f in warm.report.findings
                   if f.check == "agreement") == expected_warnings

    # one side: the second document's figure said to be about another entity: no pair
    second = claims / SECOND / "claims.ttl"
    original = second.read_text()
    start = original.index(":f-bf-online a cg:Figure")
    second.write_text(original[:start] + original[start:].replace(
        "schema:about ent:us-online-platforms", "schema:about ent:another-retailer", 1))
    same_as_cold(2)
    second.write_text(original)
    same_as_cold(4)
    # the other side: the paper's figure, likewise
    paper = claims / "china-us-ecommerce-2014" / "claims.ttl"
    text = paper.read_text()
    start = text.index(":f-bf-online a cg:Figure")
    paper.write_text(text[:start] + text[start:].replace("schema:about ent:us-online-platforms",
                                                         "schema:about ent:another-retailer", 1))
    same_as_cold(2)
    # and deleting the second document removes every agreement finding
    shutil.rmtree(claims / SECOND)
    warm = check_folder(claims, cache_dir=cache, jobs=1)
    assert [f for f in warm.report.findings if f.check == "agreement"] == []
