"""kg read: "averaged 17.2 days, compared with 19.0 days in 2023, a cut of 1.8 days", in a
release about 2024: "compared with" a level the words place in a year before the change's
is the change's start, as "a year earlier" would make it; the level set against it is its
end."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TITLE = "Kessock planning statistics 2024"


def test_a_level_of_an_earlier_year_is_the_start(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, TITLE,
        "In 2024 householder applications were decided in an average of 17.2 days, "
        "compared with 19.0 days in 2023, a reduction of 1.8 days.",
        "DifferenceRelation") == ["19.0 days - 17.2 days = 1.8 days"]
