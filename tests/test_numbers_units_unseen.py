"""Units QUDT has that texts wrote and the reader lacked: the gram by its symbol, degrees
Fahrenheit, square feet, megalitres, and what science writes per square metre or per hour
with a negative power, a count per square metre with the thing counted between ("55 snails
m−2")."""
from decimal import Decimal as D

import pytest

from kg.numbers import find_mentions


def _read(text):
    return [(m.text, m.value, m.unit) for m in find_mentions(text)]


@pytest.mark.parametrize("text,quote,value,unit", [
    ("Each sachet held 2.5 g of dried nettle.", "2.5 g", D("2.5"), "G"),
    ("The greenhouse peaked at 104 °F on Monday.", "104 °F", D("104"), "DEGF"),
    ("Nights fell to 12 degrees Fahrenheit.", "12 degrees Fahrenheit", D("12"), "DEGF"),
    ("The unit offers 3,200 sq ft of storage.", "3,200 sq ft", D("3200"), "FT2"),
    ("A lobby of 640 square feet was added.", "640 square feet", D("640"), "FT2"),
    ("The reservoir released 420 megalitres in May.", "420 megalitres", D("420"), "ML"),
    ("Leaf litter averaged 52.3 g m−2 under oaks.", "52.3 g m−2", D("52.3"), "G/M2"),
    ("Runoff reached 14 mm h−1 at the weir.", "14 mm h−1", D("14"), "MM/H"),
    ("Quadrats held 55 snails m−2 on chalk.", "55 snails m−2", D("55"), "NUM/M2"),
    ("Seedlings rose to 18 oaks m⁻² by autumn.", "18 oaks m⁻²", D("18"), "NUM/M2"),
])
def test_a_unit_the_reader_lacked(text, quote, value, unit):
    assert _read(text) == [(quote, value, unit)]


@pytest.mark.parametrize("text", ["Grade 5 G pupils", "a 9 g-force turn", "rows 4 gx"])
def test_a_g_that_is_no_gram_stays_unread(text):
    assert all(m.unit != "G" for m in find_mentions(text))


def test_tonnes_by_their_symbol_before_the_year_they_are_of():
    assert _read("The mill ground 8,420 t in 2024 and 7,960 t a year earlier.")[0] == (
        "8,420 t", D("8420"), "TONNE")
