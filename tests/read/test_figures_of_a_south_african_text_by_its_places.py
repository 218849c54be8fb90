"""A text that names no country but South Africa's stock exchange, provinces or cities is
South African: an "R" glued to its amounts ("R4.7 billion", "R86 million") is the rand."""
from decimal import Decimal as D

import pytest

from kg.numbers import find_mentions, number_conventions, writes_rand


@pytest.mark.parametrize("text", [
    "Tswelo Packaging (JSE: TWP) reports its interim results.",
    "Depots in Gauteng and the Western Cape shipped more cartons.",
    "The KwaZulu-Natal plant ran at full capacity.",
])
def test_a_south_african_exchange_or_province_makes_the_text_south_african(text):
    assert writes_rand(text)


@pytest.mark.parametrize("text", ["A Cape Cod inn raised its rates.",
                                  "Route R61 reopened after the storm."])
def test_other_capes_and_roads_do_not(text):
    assert not writes_rand(text)


def test_an_r_glued_to_a_scaled_amount_is_then_the_rand():
    text = ("Tswelo Packaging (JSE: TWP): turnover rose to R4.7 billion while capital "
            "spending fell by R86 million.")
    with number_conventions(rand=writes_rand(text)):
        got = [(m.text, m.value, m.unit) for m in find_mentions(text)]
    assert got == [("R4.7 billion", D("4700000000"), "ZAR"), ("R86 million", D("86000000"), "ZAR")]
