"""Which figures a sentence's relation ties, as its words say: the currency a rate's code
names, what "it" and "them" take up, an age that picks out people, the rest of a whole, two
counts listed side by side, and an average set against another."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def _relations(tmp_path: Path, text: str) -> str:
    source = tmp_path / "note.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c").folder / "relations.ttl"
    return made.read_text(encoding="utf-8") if made.exists() else ""


def _labels(turtle: str, kind: str) -> list[str]:
    return re.findall(rf"a cg:{kind}\b[^\n]*\n[^\n]*\n\s*rdfs:label \"([^\"]+)\"", turtle)


def _roles(turtle: str, kind: str) -> list[str]:
    return re.findall(rf"a cg:{kind}\b[^\n]*\n[^\n]*\n[^\n]*\n\s*([^\n]*) \.", turtle)


def test_a_rate_s_iso_code_before_its_number_is_the_currency_it_counts(tmp_path: Path) -> None:
    """"UGX 3,650 to the dollar" counts shillings per dollar: the shillings are the amount
    converted, the dollars what they convert to."""
    turtle = _relations(tmp_path, """Clinic funding, 2025

The district paid UGX 292 million ($80,000 at the average rate of UGX 3,650 to the
dollar) towards the new clinic.
""")
    assert _labels(turtle, "ConversionRelation") == ["UGX 292 million is $80,000 at 3,650"]
    claims = (tmp_path / "c" / "note" / "claims.ttl").read_text(encoding="utf-8")
    amount = re.search(r":(f-\d+) a cg:Figure[^\n]*\n[^\n]*\n\s*cg:quote \"UGX 292 million\"",
                       claims).group(1)
    assert re.search(rf"cg:amount :{amount} ;", turtle)


def test_it_takes_up_the_amount_earlier_in_the_fraction_s_own_sentence(
        tmp_path: Path) -> None:
    turtle = _relations(tmp_path, """Harbour works, 2026

The average fee for each of the 96 berths rises 5.1% to $2,150, from $2,045. The $840,000
raised from the levy goes to the harbour fund; half of it ($420,000) pays for the new
pontoon.
""")
    assert _labels(turtle, "RatioRelation") == ["$420,000 is half of $840,000"]


def test_an_age_that_picks_out_people_is_never_the_portion_of_a_share(tmp_path: Path) -> None:
    turtle = _relations(tmp_path, """Dental checks, 2025

Among children aged 12 and under, 58.4% of the 31,500 registered had a check-up during the
year.
""")
    assert _labels(turtle, "ShareRelation") == []


def test_the_rest_of_a_whole_is_never_the_whole_a_fraction_is_of(tmp_path: Path) -> None:
    turtle = _relations(tmp_path, """Library year, 2025

Adult readers borrowed 412,000 books, or 58.9% of the total. Children and schools
accounted for the remaining 288,000 books.

Audiobooks are catching on: they made up 350,000 loans, exactly half of all books lent.
""")
    assert _labels(turtle, "RatioRelation") == []


def test_a_total_in_all_adds_up_the_counts_of_the_thing_it_counts(tmp_path: Path) -> None:
    """Two counts listed side by side (depots and their vans): the total counts neither
    thing by name, so the words leave its parts open."""
    turtle = _relations(tmp_path, """Fleet review

Twelve depots in the north (1,940 vans) were compared with eight depots in the south
(1,260 vans), giving 3,200 vehicles in all.
""")
    assert _labels(turtle, "SumRelation") == []


def test_a_total_in_all_names_which_series_of_counts_it_adds(tmp_path: Path) -> None:
    turtle = _relations(tmp_path, """Fleet review

Twelve depots in the north (1,940 vans) were compared with eight depots in the south
(1,260 vans), giving 3,200 vans in all.
""")
    assert _labels(turtle, "SumRelation") == ["1,940 + 1,260 = 3,200"]


def test_an_average_set_against_another_is_not_its_aggregate(tmp_path: Path) -> None:
    turtle = _relations(tmp_path, """Bus depot energy, 2025

Over 2.6 million bus-km, the fleet drew 3,900 MWh, or 1.50 kWh per bus-km against a
diesel-era 4.10 kWh.
""")
    # (the 4.10 kWh it is set against is never the aggregate; the 3,900 MWh the fleet drew,
    # in another unit of the average's dimension, is)
    assert _labels(turtle, "AverageRelation") == ["3,900 MWh ÷ Over 2.6 million = 1.50 kWh each"]


def test_them_takes_up_the_count_the_sentence_before_states(tmp_path: Path) -> None:
    turtle = _relations(tmp_path, """Flood claims

The flood has produced 18,400 claims so far. Councils said 12,800 household claims had
been filed. Kitchens and floors made up most of them: about 7,700, or 60%, were for water
damage alone.
""")
    assert _labels(turtle, "ShareRelation") == ["about 7,700 is 60% of 12,800"]


def test_parts_of_whom_opens_in_brackets_end_where_the_brackets_close(tmp_path: Path) -> None:
    turtle = _relations(tmp_path, """Fleet review

Twelve depots in the north (1,940 vans, of whom 610 electric and 1,330 diesel) were
compared with eight depots in the south (1,260 vans), giving 3,200 vehicles in all.
""")
    assert _labels(turtle, "SumRelation") == ["610 + 1,330 = 1,940"]
