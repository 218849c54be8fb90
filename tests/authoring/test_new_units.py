"""kg new reads the unit a figure's words give it (issue 30: figures in running text):
percentage points written "points", a count of periods, a ratio named before its verb, a
rate written as an equation, and pence of every pound."""

from __future__ import annotations

from pathlib import Path

from rdflib.namespace import RDF

from kg.authoring.confirm import confirm
from kg.authoring.new import new_document
from kg.build import build_corpus, build_document
from kg.corpus import read_document
from kg.namespaces import CG, QUDT

TEXT = """Harbour co-operative review

Member turnout climbed to 64.0% from 59.5%, a gain of 4.5 points, while the price index added 9 points.
In each of the three months, landings topped 800 tonnes.
The ratio of landed to quota catch edged up to 0.91 in the autumn.
Prices are quoted at £1 = €1.17 throughout.
Exports to Kenya brought in 48 million shillings.
Of every £1 of income, 71p went to the fleet.
"""


def figures(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """Each figure's quote -> (value, unit), after a person confirms every draft."""
    source = tmp_path / "harbour.txt"
    source.write_text(TEXT, encoding="utf-8")
    claims = tmp_path / "claims"
    new_document(claims, "harbour", source)
    confirm(claims, "harbour", [], every=True)
    assert build_corpus(claims).problems == []  # each unit agrees with its quote
    g = build_document(read_document(claims / "harbour")).graph
    return {str(g.value(f, CG.quote)): (str(g.value(f, QUDT.numericValue)),
                                        str(g.value(f, QUDT.unit)).rsplit("/", 1)[-1].split("#")[-1])
            for f in g.subjects(RDF.type, CG.Figure)}


def test_points_among_percentages_are_percentage_points(tmp_path: Path) -> None:
    got = figures(tmp_path)
    assert got["4.5"] == ("4.5", "PercentagePoint")
    assert got["9"] == ("9", "NUM")  # an index's points are no percentage points


def test_each_of_the_n_months_counts_months(tmp_path: Path) -> None:
    """'in each of the six months' was a duration of six months, not the count an average
    divides by."""
    assert figures(tmp_path)["three"] == ("3", "NUM")


def test_a_ratio_named_before_its_verb_is_unitless(tmp_path: Path) -> None:
    assert figures(tmp_path)["0.91"] == ("0.91", "UNITLESS")


def test_a_rate_written_as_an_equation_is_a_rate(tmp_path: Path) -> None:
    assert figures(tmp_path)["1.17"] == ("1.17", "CurrencyPerCurrency")


def test_an_equation_of_other_units_is_no_exchange_rate() -> None:
    from kg.authoring.new import _is_rate
    from kg.numbers import find_mentions
    sentence = "In the old ledgers 1 bushel = 27.2 in weight units."
    assert not any(_is_rate(sentence, m) for m in find_mentions(sentence))


def test_a_shared_currency_name_is_resolved_by_the_named_country() -> None:
    """'shillings' are Kenya's, Uganda's, Tanzania's or Somalia's: the text names Kenya. (The
    drafter does not use it yet: see kg.authoring.new._claims_ttl.)"""
    from kg.authoring.new import _shared_names
    assert _shared_names(TEXT) == {"shillings": "KES"}
    assert _shared_names("They paid 40 million shillings.") == {}  # no country named


def test_pence_of_every_pound_are_a_share(tmp_path: Path) -> None:
    assert figures(tmp_path)["71p"] == ("0.71", "UNITLESS")


RATES = """Orchard growers' survey

The vacancy rate slipped by 0.4 points over the winter, while the judges' score rose 2 points.
The orchard grew at an average rate of 3.1% a year over the past five years, from 61,200 in
2019 to 71,300.
"""


def _drafted(tmp_path: Path, text: str) -> dict[str, tuple[str, str]]:
    source = tmp_path / "orchard.txt"
    source.write_text(text, encoding="utf-8")
    claims = tmp_path / "claims"
    new_document(claims, "orchard", source)
    confirm(claims, "orchard", [], every=True)
    g = build_document(read_document(claims / "orchard")).graph
    return {str(g.value(f, CG.quote)): (str(g.value(f, QUDT.numericValue)),
                                        str(g.value(f, QUDT.unit)).rsplit("/", 1)[-1].split("#")[-1])
            for f in g.subjects(RDF.type, CG.Figure)}


def test_points_a_named_rate_moves_by_are_percentage_points(tmp_path: Path) -> None:
    """'The rate dipped by just 0.1 points' (no percentage in the sentence) was a bare 0.1."""
    got = _drafted(tmp_path, RATES)
    assert got["0.4"] == ("0.4", "PercentagePoint")
    # a score's points are no percentage points, but the score's own
    assert got["2 points"] == ("2", "ScorePoint")


def test_a_count_after_a_span_of_years_takes_no_unit_of_time(tmp_path: Path) -> None:
    """'over the four years, from 2.48 million in 2020' read 2.48 million years."""
    got = _drafted(tmp_path, RATES)
    assert got["61,200"][1] != "YR"
    assert got["five years"] == ("5", "YR")


def test_a_month_s_or_a_name_s_abbreviation_ends_no_sentence() -> None:
    """'scheduled for Monday, Sept. 2, at the warehouse' was cut after 'Sept.', and '2' read
    as a count."""
    from kg.authoring.new import _sentences
    got = _sentences("The vote is set for Tuesday, Oct. 7, at noon. Acme Corp. made 4 offers. "
                     "Costs rose 2.5%. 2023 was dearer still.")
    assert [s for s, _ in got] == ["The vote is set for Tuesday, Oct. 7, at noon.",
                                   "Acme Corp. made 4 offers.", "Costs rose 2.5%.",
                                   "2023 was dearer still."]
    assert [m.kind for m in got[0][1]] == ["date"]


def test_a_bare_number_a_from_to_reaches_takes_the_unit_it_starts_in(tmp_path: Path) -> None:
    """"cut from 46 hours to 39": the 39 is hours, as the start is (not a count)."""
    from kg.authoring.new import _drafts
    from kg.numbers import find_mentions
    sentence = "The clinic's weekly hours were cut from 46 hours to 39 over the winter."
    drafts = _drafts(sentence, find_mentions(sentence), "")
    assert [(d.quote, d.unit) for d in drafts] == [("46 hours", "unit:HR"), ("39", "unit:HR")]


def test_a_span_that_names_whom_a_subject_counts_is_not_the_count_s_unit() -> None:
    """"those off work longer than 26 weeks dropped to 318": people, not weeks; a subject's
    own unit word with no number before it still gives the unit."""
    from kg.authoring.new import _drafts
    from kg.numbers import find_mentions
    sentence = ("Claimants off work longer than 26 weeks dropped to 318, and overtime hours "
                "climbed to 2,950.")
    drafts = _drafts(sentence, find_mentions(sentence), "")
    assert [(d.quote, d.unit) for d in drafts] == [
        ("26 weeks", "unit:WK"), ("318", "unit:NUM"), ("2,950", "unit:HR")]
