"""kg new reads a bare number alone in brackets right after an amount with a scale word
("SEK 412.5 million (388.0)") as that measure's comparative in the same unit and scale, and
a converted amount after them as the headline amount's."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.authoring.new import _drafts
from kg.numbers import find_mentions
from tests.authoring.suggest.test_kinds import suggested


def drafted(sentence: str) -> dict[str, tuple]:
    return {d.quote: (d.unit, d.m.value, d.scale)
            for d in _drafts(sentence, find_mentions(sentence), "USD", {})}


def test_a_bare_number_in_brackets_after_a_scaled_amount_is_its_comparative() -> None:
    found = drafted("Order intake was SEK 412.5 million (388.0) in the quarter.")
    assert found["388.0"] == ("unit:CCY_SEK", Decimal("388000000"), 6)
    # a mean and its spread: no scale word, no comparative; other decimals, no comparative
    assert drafted("Reaction times averaged 312.4 ms (38.1).")["38.1"][0] == "unit:NUM"
    assert drafted("Order intake was SEK 412.5 million (38).")["38"][0] == "unit:NUM"


def test_a_converted_amount_restates_the_amount_not_its_comparative(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Order intake was EUR 41.2 million (38.0), equivalent to SEK "
                                "457 million.")
    assert [roles for kind, roles, _ in found if kind == "ConversionRelation"] == [
        {"amount": ("EUR 41.2 million",), "convertedAmount": ("SEK 457 million",)}]
