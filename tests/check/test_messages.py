"""Messages a person reads: short ids, never full IRIs, and a structure error that says what
the model can express when no unit is wrong (issue 15)."""

from __future__ import annotations

import pytest

from tests.check.conftest import fig, finding, rel


@pytest.mark.parametrize("text,units,relation,advice", [
    # two percentages and a figure in points, encoded as parts and their total
    (("62%", "48%", "14 percentage points"), ("unit:PERCENT", "unit:PERCENT", "cg:PercentagePoint"),
     ("SumRelation", "cg:part :a, :b ; cg:total :d"),
     "No unit is wrong: two percentages and a change between them in percentage points are a "
     "cg:PercentagePointChangeRelation (cg:initial, cg:final, cg:change); the gap between two "
     "percentages in points is a cg:DifferenceRelation whose cg:minuend and cg:subtrahend are "
     "both in percent."),
    (("$62", "$48", "14 euros"), ("unit:CCY_USD", "unit:CCY_USD", "unit:CCY_EUR"),
     ("DifferenceRelation", "cg:minuend :a ; cg:subtrahend :b ; cg:difference :d"),
     "Relate the amounts through a cg:ConversionRelation first (cg:amount, cg:convertedAmount, "
     "and cg:rate when the text gives one)."),
])
def test_a_structure_error_says_what_the_model_can_express(check, text, units, relation,
                                                           advice) -> None:
    report = check(f"Phones {text[0]}, laptops {text[1]}, a gap of {text[2]}.",
                   fig("a", text[0], "62", units[0]), fig("b", text[1], "48", units[1]),
                   fig("d", text[2], "14", units[2]), rel("r", *relation))
    messages = sorted(f.message for f in report.findings if (f.focus or "").endswith("/r")
                      and f.check == "structure")
    assert messages and all(m.endswith(advice) for m in messages)
    assert messages[0].startswith("d is in ")
    assert "https://" not in " ".join(messages) and "http://" not in " ".join(messages)


def test_an_observed_node_is_named_by_its_id(check) -> None:
    report = check("Sales 5 and 6, 11 in all.",
                   fig("a", "5", "5"), fig("b", "6", "6"), fig("t", "11", "11"),
                   rel("r", "SumRelation", "cg:total :t ; cg:part :a, :b",
                       extra="; cg:claim :nowhere "))
    observed = [f.observed for f in report.findings if f.check == "structure"]
    assert "nowhere" in observed
    assert not any(o and "://" in o for o in observed)
    assert finding  # the helper stays importable for the other message tests


def test_figures_as_written_and_computed_values_to_their_intervals_precision(check) -> None:
    """Issue 15: "159.6 US dollars ÷ 381 US dollars" where the text has $159.55 and $380.95,
    and "41.88% to 41.88%" for a narrow interval."""
    report = check("Rent took $159.55 of the $380.95 spent, or 41.9%.",
                   fig("p", "$159.55", "159.55", "unit:CCY_USD"),
                   fig("w", "$380.95", "380.95", "unit:CCY_USD"),
                   fig("s", "41.9%", "41.9", "unit:PERCENT"),
                   rel("r", "ShareRelation", "cg:portion :p ; cg:whole :w ; cg:share :s"))
    f = finding(report, "r")
    assert f.arithmetic == "$159.55 ÷ $380.95 = 41.882%; stated share 41.9%"
    assert f.expected == "41.882% (41.88% to 41.884%)"
    assert f.observed == "41.9% (41.85% to 41.95%)"
