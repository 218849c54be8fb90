"""kg read: an amount set off between commas after its sentence's subject is named by the
words after the closing comma ("The balance, £1.48 million, forms the staff bonus fund"),
so a later average of "the bonus" per person finds it, in prose or in a list's item."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Bakery chain results", text, "AverageRelation")


def test_an_average_of_the_fund_a_set_off_amount_forms(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The chain employs 740 bakers. The balance, £1.48 million, "
                               "forms the staff bonus fund. The bonus comes to an average of "
                               "£2,000 per baker.") == ["£1.48 million ÷ 740 = £2,000 each"]
    assert violations(tmp_path) == []


def test_in_a_list_item_with_an_owners_mark_and_a_misstated_average(tmp_path: Path) -> None:
    # £1.48 million over 740 bakers is £2,000 each, not £2,200
    assert _averages(tmp_path, "The chain employs 740 bakers.\n\nOf the profit:\n\n"
                               "- £3.1 million was reinvested;\n"
                               "- the balance, £1.48 million, forms the bakers' bonus fund.\n\n"
                               "The bonus comes to an average of £2,200 per baker.") == [
        "£1.48 million ÷ 740 = £2,200 each"]
    assert violations(tmp_path) == ["average"]
