"""kg read: "At €2.10 of fuel per bus per day over a 30-day month, fuel cost €63 per bus":
an amount the words give per thing ("€2.10 of fuel per bus") is itself a rate, never the
total another average spreads over a count; a total given "per year" still is one."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TITLE = "Brennock Community Transport: running costs 2025"


def test_an_amount_per_thing_is_no_aggregate(tmp_path: Path) -> None:
    text = ("The service runs 212 buses. At €2.10 of fuel per bus per day over a 30-day "
            "month, fuel cost €63 per bus.")
    assert relation_labels(tmp_path, TITLE, text, "AverageRelation") == []
