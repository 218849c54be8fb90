"""A period an earlier sentence of a section names as the whole sentence's ("The 2026/27
season was the wettest on record.", "In 2026/27 the club ran 41 fixtures.") dates the
figures of the sentences after it that name none, not the document's own period (a plan
for 2027/28); a period that is one figure's, a comparison's base, a clause's event, or a
list item's own dates nothing after it."""
from __future__ import annotations

from pathlib import Path

from rdflib.namespace import DCTERMS, RDF, RDFS

from kg.corpus import read_document
from kg.namespaces import CG
from kg.read import read
from kg.read.periods import paragraph_period


def _periods(tmp_path: Path, text: str) -> dict[str, str]:
    source = tmp_path / "club.md"
    source.write_text(text, encoding="utf-8")
    read(source, tmp_path / "claims", doc_id="club")
    graph = read_document(tmp_path / "claims" / "club").graph
    out = {}
    for fig in graph.subjects(RDF.type, CG.Figure):
        period = graph.value(fig, DCTERMS.temporal)
        label = graph.value(period, RDFS.label) if period is not None else None
        out[str(graph.value(fig, CG.quote))] = str(label) if label is not None else \
            str(period).rsplit("/", 1)[-1]
    return out


TEXT = """# Ashgrove Rugby Club: plan and budget 2027/28

## Looking back

The 2026/27 season was the wettest the groundsman can remember. Eleven home fixtures
were called off and the club paid £3,940 to reseed the first-team pitch.

Bar takings came to £61,200, an average of £1,470 a home game.

## Next season

We expect bar takings of £64,000 and plan to spend £2,500 on drainage.
"""


def test_a_season_an_earlier_sentence_names_dates_the_figures_after_it(tmp_path: Path) -> None:
    periods = _periods(tmp_path, TEXT)
    assert periods["£3,940"] == periods["£61,200"] == periods["£1,470"] == "2026/27"
    # under another heading, the document's own season again
    assert periods["£64,000"] == periods["£2,500"] == "2027/28"


def test_a_period_that_is_one_figure_s_or_a_comparison_s_dates_nothing_after_it() -> None:
    # one figure's among several
    assert paragraph_period(["Members paid £410 in 2026/27 and £395 before."], "2027/28") is None
    # a comparison's base
    assert paragraph_period(["Subscriptions are 4% higher than in 2026/27."], "2027/28") is None
    # a clause's event
    assert paragraph_period(["The pitch drains badly because the pipes laid in 2026/27 "
                             "have silted up."], "2027/28") is None
    # a history's year, far from the plan's
    assert paragraph_period(["The club was founded in 2009."], "2027/28") is None
    # a month in a season's plan is one event's
    assert paragraph_period(["In March 2027 the roof blew off."], "2027/28") is None
    # the sentence's own: opening it, or after "in" with its one figure
    assert paragraph_period(["In 2026/27, 28 players left."], "2027/28") == "2026/27"
    # a cause's time, in a sentence of no figure
    assert paragraph_period(["In 2026/27 a new stand drew casual fans."], "2027/28") is None
    assert paragraph_period(["We sold 640 season tickets in 2026/27.", "Prices held."],
                            "2027/28") == "2026/27"


def test_a_list_item_s_period_dates_no_item_after_it(tmp_path: Path) -> None:
    text = ("# Ashgrove Rugby Club: plan and budget 2027/28\n\n"
            "## Highlights\n\n"
            "- Gate receipts of £18,300, against £16,900 in 2026/27\n"
            "- Sponsorship of £9,750\n")
    periods = _periods(tmp_path, text)
    assert periods["£9,750"] != "2026/27"


def test_paragraphs_are_placed_in_the_folded_text_as_folding_each_prefix_would() -> None:
    """kg.read.folded_at gives what ``len(" ".join(text[:p].split()))`` gives for each
    position, in one pass: asked of each paragraph apart it was quadratic in the text."""
    import random

    from kg.read import folded_at
    rng = random.Random(7)
    pieces = ["Net", "sales", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2003", "rose"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        positions = sorted(rng.randint(0, len(text)) for _ in range(6))
        assert folded_at(text, positions) == \
            [len(" ".join(text[:p].split())) for p in positions], (text, positions)
