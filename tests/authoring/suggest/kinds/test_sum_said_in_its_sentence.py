"""A sentence that states the total of its own parts is read as that sum, never as parts of
a whole said earlier: a count right before a colon that lists two of its unit ("Of those
invited, 460 attended: 250 … and 210 …"), one "in all" opens after them ("…; in all, 600 GWh
…"). A count for each of something ("12 low-pressure hydrants in each district", a hyphened
word between) is what the total multiplies, no part of it."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def _sums(tmp_path: Path, text: str) -> list[dict]:
    return [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "SumRelation"]


def test_a_count_before_a_colon_is_the_total_of_the_list_after_it(tmp_path: Path) -> None:
    text = ("The cooperative wrote to 605 growers in March. Of those invited, 460 (76%) came to "
            "the two-day workshop: 250 from the valley and 210 from the hill districts.")
    assert _sums(tmp_path, text) == [{"total": ("460",), "part": ("250", "210")}]


def test_in_all_opens_the_total_of_the_parts_before_it(tmp_path: Path) -> None:
    text = ("The region used 1,900 GWh of power last year. Wind farms supplied 420 GWh, while "
            "solar panels added a further 180 GWh; in all, 600 GWh came from renewables, "
            "against 540 GWh a year earlier.")
    assert _sums(tmp_path, text) == [{"total": ("600 GWh",), "part": ("420 GWh", "180 GWh")}]


def test_a_count_in_each_place_is_no_part_of_the_total(tmp_path: Path) -> None:
    text = ("Inspectors checked 12 low-pressure hydrants in each district on 9 visits, giving "
            "1,080 checks in total.")
    assert _sums(tmp_path, text) == []
