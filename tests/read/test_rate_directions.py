"""An exchange rate runs the way its words say, whatever form they take: the sign written
onto its number ("NZ$1.09 per Australian dollar"), a currency named by its country ("to the
Canadian dollar"), or what one unit of a currency bought ("one euro bought 0.86 pounds").
The amount of a conversion is in the currency the rate counts, so the check divides the
right figure by it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.namespace import RDF

from kg.build import build_corpus, build_document
from kg.check import check_corpus
from kg.corpus import read_document
from kg.namespaces import CG
from kg.read import read


def conversions(tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    """(amount, converted amount, rate) of each conversion read, by their quotes."""
    source = tmp_path / "doc.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    g = build_document(read_document(made.folder)).graph

    def quote(relation, role) -> str | None:
        figure = g.value(relation, role)
        return None if figure is None else str(g.value(figure, CG.quote))

    return sorted((quote(r, CG.amount), quote(r, CG.convertedAmount), quote(r, CG.rate))
                  for r in g.subjects(RDF.type, CG.ConversionRelation))


def verdicts(tmp_path: Path) -> list[str]:
    return [f.severity for f in check_corpus(build_corpus(tmp_path / "c")).findings
            if f.check == "conversion"]


@pytest.mark.parametrize("text, read_as", [
    # the sign on the number names the currency the rate counts
    ("Our Auckland branch earned NZ$30.4 million, equivalent to A$27.9 million at "
     "NZ$1.09 per Australian dollar.\n",
     ("NZ$30.4 million", "A$27.9 million", "1.09")),
    ("The Kowloon shop sold HK$390 million of goods, or US$50 million at HK$7.8 to the US "
     "dollar.\n", ("HK$390 million", "US$50 million", "7.8")),
])
def test_a_rate_whose_sign_is_on_its_number_counts_that_currency(
        tmp_path: Path, text: str, read_as: tuple[str, str, str]) -> None:
    assert conversions(tmp_path, text) == [read_as]
    assert verdicts(tmp_path) == ["pass"]


def test_what_one_unit_of_a_currency_bought_is_a_rate_per_that_currency(
        tmp_path: Path) -> None:
    text = ("Wine exports came to €200 million, about £172 million; over the season one euro "
            "bought 0.86 pounds.\n")
    assert conversions(tmp_path, text) == [("about £172 million", "€200 million", "0.86")]
    assert verdicts(tmp_path) == ["pass"]


def test_what_one_unit_was_worth_says_the_rate_and_a_slip_against_it_is_found(
        tmp_path: Path) -> None:
    # 4,250 francs at €1.06 each is €4,505: the €4,850 is the slip
    text = ("The Geneva office billed 4,250 Swiss francs, equal to €4,850, when each Swiss "
            "franc was worth €1.06.\n")
    assert conversions(tmp_path, text) == [("€4,850", "4,250 Swiss francs", "1.06")]
    assert verdicts(tmp_path) == ["violation"]


def test_a_relative_clause_restates_its_amount_at_the_rate_it_names(tmp_path: Path) -> None:
    # 9.4 million kronor at 11.5 to the euro is €817,000: the €970,000 is the slip
    text = ("Ticket income abroad came to 9.4 million kronor, which at an average exchange rate "
            "of 11.5 kronor to the euro was roughly €970,000.\n")
    assert conversions(tmp_path, text) == [
        ("9.4 million kronor", "roughly €970,000", "11.5")]
    assert verdicts(tmp_path) == ["violation"]
