"""One singular for every reader that likens a label's words to a sentence's: the table
writer's per-thing heads, the fraction reader's wholes and heads, and the ties' plain and
loose words end a word alike, so "Charities" in a label and "charity" in a sentence meet
whichever reader asks."""

from __future__ import annotations

import pytest

from kg.read.tables import singular


@pytest.mark.parametrize("plural, one", [
    # "-ies" is "-y" (the table writer's "per colony" beside "Colonies", the loose words'
    # "Charities" row named by "charity")
    ("Charities", "charity"), ("skies", "sky"), ("ponies", "pony"),
    # a short "-ies" word is "-ie" plus "s": "pies", "ties"
    ("pies", "pie"), ("ties", "tie"),
    # a plain "-s" goes: "Hectares", "ferries'" heads, a decade
    ("hectares", "hectare"), ("kilns", "kiln"), ("1980s", "1980"),
    # "-sses" keeps the "-ss" noun whole: "losses" is "loss"
    ("losses", "loss"), ("glasses", "glass"), ("mattresses", "mattress"),
    # other "-ses" lose the "s" only: "nurses", "warehouses"
    ("warehouses", "warehouse"), ("courses", "course"),
])
def test_a_plural_is_its_singular(plural: str, one: str) -> None:
    assert singular(plural) == one


@pytest.mark.parametrize("word", [
    # a singular's own "s" stays: "-ss", "-us", "-is" (the fraction reader's and the ties'
    # words are singular as often as plural)
    "loss", "fitness", "surplus", "campus", "stimulus", "thesis", "diagnosis",
    # three letters are too few to cut: "gas", "bus", "its"
    "gas", "bus", "its",
    # a word with no "s" at its end is already one thing
    "ferry", "tonne", "2024",
])
def test_a_singular_stays(word: str) -> None:
    assert singular(word) == word


def test_a_word_is_lower_case() -> None:
    assert singular("Trawlers") == "trawler"
    assert singular("Kiln") == "kiln"


def test_a_plural_and_its_singular_meet() -> None:
    # the callers compare two words each made singular: both sides must end alike
    for one, many in [("loss", "losses"), ("colony", "colonies"), ("surplus", "surplus"),
                      ("warehouse", "warehouses"), ("pie", "pies")]:
        assert singular(one) == singular(many)


def test_each_reader_ends_its_words_with_the_one_singular() -> None:
    # the edges each caller relied on before they shared the rule
    from kg.read.fractions import _head, _heads
    from kg.read.ties import _loose_words, _plain

    # the ties' plain words: "-ss" stays, hyphens part ("a two-bedroom flat" ~ "Two bedrooms")
    assert _plain("Three-bedroom houses") == _plain("three bedroom house") == \
        " three bedroom house "
    assert _plain("Business class fares") == " business class fare "
    # the ties' loose words: "-ies" is "-y", "-us" and "-is" stay, short glue words go
    assert _loose_words("Lifeboat charities") == {"lifeboat", "charity"}
    assert _loose_words("Campus surplus analysis") == {"campus", "surplus", "analysis"}
    assert _loose_words("Kayak patrols") == {"kayak", "patrol"}
    # the fraction reader's heads: a row's last word, singular; a text's words, singular
    assert _head("Regional bus routes") == "route"
    assert _head("Hardship losses") == "loss"
    assert _heads("Grants to charities") == {"grant", "to", "charity"}
