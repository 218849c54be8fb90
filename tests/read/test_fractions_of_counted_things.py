"""kg read: "The Founders tier went first: one in four members chose it" beside a table
of tiers with a column of members and a total row: a fraction "N in M" names its whole by
the things it counts ("members", the column whose head names them), and what follows a
colon speaks of the row the words before it name; a bare "one" ("snapped one up") is the
pronoun, no amount of the clause's own."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels, violations

DRIVE = """# Larkspur climbing wall: membership drive

The drive closed with 1,640 members signed up. {sentence}

| Tier | Monthly fee | Members | Fees collected |
|---|---|---|---|
| Founders | £35 | 410 | £14,350 |
| Standard | £42 | 1,020 | £42,840 |
| Off-peak | £29 | 210 | £6,090 |
| **Total** | | 1,640 | £63,280 |
"""


def _ratios(tmp_path: Path, sentence: str) -> list[str]:
    return read_labels(tmp_path, "drive.md", DRIVE.format(sentence=sentence), "RatioRelation")


def test_one_in_four_members_is_of_the_members_column(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The Founders tier went first: one in four members chose it "
                             "before the end of the opening week.") == [
        "Founders 410 is one in four of Total 1,640 (the table)"]
    assert violations(tmp_path) == []


def test_a_wrong_fraction_with_a_pronoun_one_is_found(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The Founders tier went first: one in five members snapped one "
                             "up in the opening week.") == [
        "Founders 410 is one in five of Total 1,640 (the table)"]
    assert violations(tmp_path) == ["ratio"]


def test_a_fraction_of_them_names_no_column(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The Founders tier went first: one in four of them chose it "
                             "in the opening week.") == []
