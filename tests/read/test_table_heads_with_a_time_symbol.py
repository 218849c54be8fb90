"""kg read: a column head whose brackets hold a unit of time's symbol ("Median wait (min)",
"Delay (h)") puts its cells in that unit; beside a "(max)" column, "(min)" is the minimum
and gives no unit."""

from __future__ import annotations

from kg.read.tables import find_tables

WAITS = """Table 2. Waits at the clinic by weekday

| Weekday | Patients | Median wait (min) | Longest delay (h) |
| Monday | 212 | 18.5 | 2.5 |
| Tuesday | 190 | 16.0 | 1.5 |
| Wednesday | 175 | 21.5 | 3.0 |
"""

RANGE = """Table 3. Air temperature by site

| Site | Reading (min) | Reading (max) |
| Upper field | 4.1 | 17.9 |
| Lower field | 5.3 | 19.2 |
"""


def test_a_time_symbol_in_a_head_s_brackets_is_its_cells_unit_but_not_beside_max() -> None:
    t = find_tables(WAITS)[0]
    assert [(c.header, c.unit) for c in t.columns] == [
        ("Patients", None), ("Median wait (min)", "MINUTE"), ("Longest delay (h)", "HOUR")]
    # beside "(max)", "(min)" is the minimum
    assert [c.unit for c in find_tables(RANGE)[0].columns] == [None, None]
