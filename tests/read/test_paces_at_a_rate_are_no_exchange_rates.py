"""A count after "at a rate of" with a noun of its own ("sales ran at a rate of 3,150 cars a
month") is a pace, no exchange rate: a count, whose change the words state is read and
checked; a number the noun after it says is money ("3,780 shillings to the dollar"), or with
no noun ("1.25 to the pound"), stays a rate."""

from __future__ import annotations

from pathlib import Path

from tests.read import figure_values, read_labels


def test_a_pace_of_things_is_a_count(tmp_path: Path) -> None:
    text = ("Dealer report\n\nIn March new-car sales ran at a rate of 3,150 cars a month, up "
            "5.0% from February's 3,000.\n")
    assert read_labels(tmp_path, "cars.txt", text, "PercentChangeRelation") == [
        "3,000 to 3,150: up 5.0%"]
    claims = (next((tmp_path / "c").iterdir()) / "claims.ttl").read_text(encoding="utf-8")
    assert "CurrencyPerCurrency" not in claims


def test_a_rate_of_a_currency_stays_a_rate(tmp_path: Path) -> None:
    text = ("Coffee exports\n\nEarnings were converted at a rate of 3,780 shillings to the "
            "dollar, and prices at an exchange rate of 1.25 to the pound.\n")
    read_labels(tmp_path, "coffee.txt", text, "ConversionRelation")
    folder = next((tmp_path / "c").iterdir())
    assert set(figure_values(folder)) >= {"3,780", "1.25"}
    claims = (folder / "claims.ttl").read_text(encoding="utf-8")
    assert claims.count("qudt:unit cg:CurrencyPerCurrency") == 2
