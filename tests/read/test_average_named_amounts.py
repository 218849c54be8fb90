"""kg read: "an average holding of £1,500", "an average holding of 3.0 hectares": an
average word, a noun naming what each thing came to, "of" and the figure, averaged over the
things the clause counts; a noun of a rate, an age or a change ("an average increase of £20") is no
amount each thing came to."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_an_average_holding_is_the_total_over_the_holders(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Bond scheme 2025", "Our 840 subscribers hold £1.26 "
                           "million of bonds between them, an average holding of £1,500.",
                           "AverageRelation") == ["£1.26 million ÷ 840 = £1,500 each"]


def test_an_average_increase_is_no_amount_each(tmp_path: Path) -> None:
    # (each paragraph alone: a farm's holding is read, an increase is not)
    assert relation_labels(tmp_path, "Farms and rents 2025", "Our 1,150 members farm 3,450 "
                           "hectares between them, an average holding of 3.0 hectares.\n\nOur 640 "
                           "tenants pay £412,000 a month between them after an average "
                           "increase of £20.", "AverageRelation") == \
        ["3,450 hectares ÷ 1,150 = 3.0 hectares each"]
