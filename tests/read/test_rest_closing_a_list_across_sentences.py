"""kg read: "the remaining …" (or "the remainder, …") closes a list of parts that began in
the sentences after the total, the words ranking a part among the total's ("the largest
source") or going on with the list ("a further"): every part said since the total is one
the rest completes, so the sum takes them all; where a part is broken down on the way ("of
which"), the words do not say which parts the rest completes, and no sum is written. An amount followed by
"and a …" is a list's next item, never an amount per something ("£50,000 and a grant")."""

from __future__ import annotations

from pathlib import Path

from tests.read import sum_labels, violations

ENERGY = """Lowfield energy review 2025

Power plants in Lowfield generated 60.0 TWh in 2025. Wind was the largest source with
22.0 TWh, up from 19.5 TWh in 2024. Gas supplied 18.0 TWh; solar {solar} TWh; and hydro
the remaining 9.0 TWh.
"""

CHOIR = """Fenby choir accounts

Running costs this season come to GBP 120,000. Concert tickets bring in GBP 50,000 and a
grant a further GBP 30,000. The parish gives GBP 15,000, and the remainder, GBP 25,000,
comes from members' subscriptions.
"""

NESTED = """Lowfield energy review 2025

Power plants in Lowfield generated 60.0 TWh in 2025. Renewables supplied 31.0 TWh, of
which wind 22.0 TWh. Gas supplied 18.0 TWh and the remaining 11.0 TWh came from coal.
"""


def test_the_rest_completes_the_parts_said_since_the_total_unless_one_is_broken_down(
        tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "energy.txt", ENERGY.format(solar="11.0")) == [
        "22.0 TWh + 18.0 TWh + 11.0 TWh + 9.0 TWh = 60.0 TWh"]
    assert "sum" not in violations(tmp_path)
    (tmp_path / "nested").mkdir()
    assert sum_labels(tmp_path / "nested", "energy.txt", NESTED) == []


def test_a_slip_in_a_part_of_the_sentence_before_breaks_the_sum(tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "energy.txt", ENERGY.format(solar="13.0")) == [
        "22.0 TWh + 18.0 TWh + 13.0 TWh + 9.0 TWh = 60.0 TWh"]
    assert "sum" in violations(tmp_path)


def test_the_remainder_set_off_by_commas_and_an_item_after_and_a(tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "choir.txt", CHOIR) == [
        "GBP 50,000 + GBP 30,000 + GBP 15,000 + GBP 25,000 = GBP 120,000"]
