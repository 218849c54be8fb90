"""kg new's figures read right (issue 30, point 3): a range's two ends, a quote told apart
from where it was read, one measure and unit for one series, and no figure for a label."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib.namespace import RDF

from kg.authoring.confirm import confirm
from kg.authoring.new import new_document
from kg.build import build_corpus, build_document
from kg.corpus import read_document
from kg.namespaces import CG, OA, QUDT

TEXT = """Port authority annual note

Guidance is €1.10 billion to €1.25 billion for the year, and the model puts growth at 4.1 to 5.3 percent.
Dredging will cost 2 to 3 billion kroner.
Gross merchandise volume reached $24.6 billion on the day, against $18.9 billion a year earlier.
Across 12 cities, 133.7 million shoppers, up from 141.1 million a year earlier.
Table 4. Berths by terminal
As the table shows, 4 berths were closed and the longest wait was 41 days.
Transfers cost 38.5 cents each, against $1.20 for a paper ticket.
The debt-to-equity ratio was 1.8 at year end, and 3 in 10 ferries ran late.
Punctuality was 81.2% (CI 95% 78.0 to 84.4); the delay risk ratio was 1.7 (95% CI 1.2 to 2.3).
"""


def made(tmp_path: Path) -> Path:
    source = tmp_path / "port.txt"
    source.write_text(TEXT, encoding="utf-8")
    new_document(tmp_path / "claims", "port", source)
    return tmp_path / "claims"


def figures(claims: Path) -> dict[str, tuple[str, str, str, int]]:
    """Each figure's quote -> (value, unit, measure, where its anchor starts in the text)."""
    confirm(claims, "port", [], every=True)
    built = build_document(read_document(claims / "port"))
    g = built.graph
    out = {}
    for f in g.subjects(RDF.type, CG.Figure):
        start = next(int(g.value(s, OA.start)) for s in g.objects(g.value(f, CG.anchor),
                                                                    OA.hasSelector)
                     if g.value(s, OA.start) is not None)
        out[str(g.value(f, CG.quote))] = (str(g.value(f, QUDT.numericValue)),
                                          str(g.value(f, QUDT.unit)).rsplit("/", 1)[-1],
                                          str(g.value(f, CG.measures)).rsplit("#", 1)[-1],
                                          start)
    return out


def test_the_drafts_build_with_no_error(tmp_path: Path) -> None:
    claims = made(tmp_path)
    confirm(claims, "port", [], every=True)
    assert build_corpus(claims).problems == []


def test_a_range_s_two_ends_are_two_figures_each_where_it_stands(tmp_path: Path) -> None:
    """'$2.56 billion' was read as 2500000000: the range's one figure stood on both ends."""
    got = figures(made(tmp_path))
    text = TEXT
    low, high = got["€1.10 billion"], got["€1.25 billion"]
    assert low[:2] == ("1100000000", "CCY_EUR") and high[:2] == ("1250000000", "CCY_EUR")
    assert text[high[3]:].startswith("€1.25 billion")
    # the low end takes the unit (and scale) its high end writes
    assert got["4.1"][:2] == ("4.1", "PERCENT") and got["5.3 percent"][:2] == ("5.3", "PERCENT")
    assert got["2"][:2] == ("2000000000", "CCY_NOK") and got["3 billion kroner"][0] == "3000000000"


def test_one_series_measures_one_thing(tmp_path: Path) -> None:
    """One GMV figure was cg:SalesVolume, the next cg:MonetaryAmount; a count compared with
    another took the noun of a third."""
    got = figures(made(tmp_path))
    assert got["$24.6 billion"][2] == got["$18.9 billion"][2] == "SalesVolume"
    assert got["133.7 million"][2] == got["141.1 million"][2] == "PeopleCount"


def test_a_label_is_no_figure_and_a_repeated_number_anchors_where_it_was_read(
        tmp_path: Path) -> None:
    claims = made(tmp_path)
    ttl = (claims / "port" / "claims.ttl").read_text(encoding="utf-8")
    assert not re.search(r'cg:quote "Table', ttl)
    got = figures(claims)
    text = TEXT
    assert got["4"][:2] == ("4", "NUM") and text[got["4"][3]:].startswith("4 berths")
    assert got["41 days"][:3] == ("41", "DAY", "Duration")


def test_cents_are_hundredths_of_the_text_s_currency(tmp_path: Path) -> None:
    got = figures(made(tmp_path))
    assert got["38.5 cents"][:2] == ("0.385", "CCY_USD")


def test_a_ratio_is_no_count_and_one_in_n_a_fraction(tmp_path: Path) -> None:
    got = figures(made(tmp_path))
    assert got["1.8"][:3] == ("1.8", "UNITLESS", "Factor")
    assert got["3 in 10"][:3] == ("0.3", "UNITLESS", "ShareOf")


def test_a_confidence_interval_s_ends_are_in_its_estimate_s_unit(tmp_path: Path) -> None:
    got = figures(made(tmp_path))
    assert got["78.0"][:2] == ("78", "PERCENT") and got["84.4"][:2] == ("84.4", "PERCENT")
    assert got["1.2"][1] == got["2.3"][1] == got["1.7"][1] == "UNITLESS"
